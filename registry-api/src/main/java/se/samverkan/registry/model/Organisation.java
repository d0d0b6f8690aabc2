package se.samverkan.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation that owns resources: a region, a municipality's rescue service, a private operator,
 * Försvarsmakten, a volunteer group, a state agency. Regional organisations belong to one region, whose
 * editors keep them; national ones (no region) are kept by the national cell.
 */
@Entity
@Table(name = "organisation")
public class Organisation implements ReferenceRecord {

    @Id
    private UUID id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Column(name = "region_code")
    private String regionCode;

    private boolean sensitive;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Raised by every change; writers lock the row and compare it with the version the caller read. */
    private long version;

    protected Organisation() {
    }

    public Organisation(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    public void describe(String name, Sector sector, String regionCode, boolean sensitive) {
        this.version++;
        this.name = name;
        this.sector = sector;
        this.regionCode = regionCode;
        this.sensitive = sensitive || sector.alwaysSensitive();
        this.updatedAt = Instant.now();
    }

    @Override
    public void retire(Instant at) {
        this.version++;
        this.retiredAt = at;
        this.updatedAt = at;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Sector sector() {
        return sector;
    }

    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /** National organisations (Försvarsmakten, MSB) have no region. */
    @Override
    public Optional<String> region() {
        return regionCode();
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    @Override
    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public long version() {
        return version;
    }
}
