package se.samverkan.registry.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the six healthcare regions (sjukvårdsregioner). Patients are spread within their own healthcare
 * region before they are sent elsewhere in the country.
 */
@Entity
@Table(name = "healthcare_region")
public class HealthcareRegion {

    @Id
    private String code;

    private String name;

    protected HealthcareRegion() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
