package se.samverkan.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import se.samverkan.platform.persistence.GeometryConverter;

/** A base or station where units are stationed: an ambulance station, an air base, a depot, a garrison. */
@Entity
@Table(name = "base")
public class Base implements ReferenceRecord {

    @Id
    private UUID id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private BaseKind kind;

    @Column(name = "region_code")
    private String regionCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String address;

    @Convert(converter = GeometryConverter.class)
    private Geometry position;

    private boolean sensitive;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Raised by every change; writers lock the row and compare it with the version the caller read. */
    private long version;

    protected Base() {
    }

    public Base(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    public void describe(String name, BaseKind kind, String regionCode, Organisation organisation, String address,
                         Point position, boolean sensitive) {
        this.version++;
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.organisation = organisation;
        this.address = address;
        this.position = position;
        this.sensitive = sensitive || organisation.sensitive() || kind == BaseKind.MILITARY_BASE;
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

    public BaseKind kind() {
        return kind;
    }

    public String regionCode() {
        return regionCode;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public Point position() {
        return (Point) position;
    }

    @Override
    public Optional<String> region() {
        return Optional.of(regionCode);
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
