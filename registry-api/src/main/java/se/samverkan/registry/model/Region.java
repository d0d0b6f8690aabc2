package se.samverkan.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import se.samverkan.platform.persistence.GeometryConverter;

/**
 * A region (län and the regional authority that runs its healthcare): the unit every inventory,
 * readiness level and request belongs to. Reference data, loaded by migration.
 */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private String code;

    private String name;

    @Column(name = "county_name")
    private String countyName;

    @Column(name = "short_name")
    private String shortName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "healthcare_region")
    private HealthcareRegion healthcareRegion;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "second_healthcare_region")
    private HealthcareRegion secondHealthcareRegion;

    @Column(name = "seat_name")
    private String seatName;

    @Convert(converter = GeometryConverter.class)
    private Geometry seat;

    @Convert(converter = GeometryConverter.class)
    private Geometry boundary;

    @Version
    private long version;

    protected Region() {
    }

    public RegionCode code() {
        return new RegionCode(code);
    }

    public String name() {
        return name;
    }

    public String countyName() {
        return countyName;
    }

    public String shortName() {
        return shortName;
    }

    public HealthcareRegion healthcareRegion() {
        return healthcareRegion;
    }

    /** Only Halland has one: its north belongs to Västra, its south to Södra. */
    public Optional<HealthcareRegion> secondHealthcareRegion() {
        return Optional.ofNullable(secondHealthcareRegion);
    }

    public String seatName() {
        return seatName;
    }

    public Point seat() {
        return (Point) seat;
    }

    public Geometry boundary() {
        return boundary;
    }

    public long version() {
        return version;
    }
}
