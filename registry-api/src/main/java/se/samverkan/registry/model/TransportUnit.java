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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import se.samverkan.platform.persistence.GeometryConverter;
import se.samverkan.platform.persistence.TextArrayConverter;
import se.samverkan.readiness.model.ReadinessLevel;

/**
 * A resource that can move patients (or bring care): a road ambulance, a helicopter, a taxi, a military
 * vehicle. Retired units are never deleted: they stay, with their history, and free their call sign.
 */
@Entity
@Table(name = "transport_unit")
public class TransportUnit {

    @Id
    private UUID id;

    @Column(name = "call_sign")
    private String callSign;

    private String registration;

    private String kind;

    private Integer tier;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "home_region")
    private String homeRegion;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "base_id")
    private Base base;

    @Enumerated(EnumType.STRING)
    private UnitStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_level")
    private CareLevel careLevel;

    @Column(name = "capacity_lying")
    private int lying;

    @Column(name = "capacity_seated")
    private int seated;

    @Column(name = "capacity_wheelchair")
    private int wheelchair;

    @Column(name = "capacity_incubator")
    private int incubator;

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "crew_competence")
    private List<String> crew;

    @Convert(converter = TextArrayConverter.class)
    private List<String> capabilities;

    @Column(name = "operating_hours")
    private String operatingHours;

    @Column(name = "dispatch_by")
    private String dispatchBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "available_from")
    private ReadinessLevel availableFrom;

    @Convert(converter = GeometryConverter.class)
    private Geometry position;

    private boolean sensitive;

    @Column(name = "last_confirmed_at")
    private Instant lastConfirmedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Raised by every change; writers lock the row and compare it with the version the caller read. */
    private long version;

    protected TransportUnit() {
    }

    public TransportUnit(UUID id) {
        this.id = id;
    }

    /** Replaces everything a region keeps about the unit; saving it counts as confirming it. */
    public void describe(UnitDescription d, Organisation organisation, Base base, Instant now) {
        this.version++;
        this.callSign = d.callSign();
        this.registration = d.registration();
        this.kind = d.kind();
        this.tier = d.tier();
        this.organisation = organisation;
        this.homeRegion = d.homeRegion();
        this.base = base;
        this.status = d.status();
        this.careLevel = d.careLevel();
        this.lying = d.capacity().lying();
        this.seated = d.capacity().seated();
        this.wheelchair = d.capacity().wheelchair();
        this.incubator = d.capacity().incubator();
        this.crew = d.crew().stream().map(Enum::name).toList();
        this.capabilities = List.copyOf(d.capabilities());
        this.operatingHours = d.operatingHours();
        this.dispatchBy = d.dispatchBy();
        this.availableFrom = d.availableFrom();
        this.position = d.position();
        this.sensitive = d.sensitive() || organisation.sensitive() || (base != null && base.sensitive());
        this.lastConfirmedAt = now;
        this.updatedAt = now;
    }

    /** A status report from dispatch: status and, when known, where the unit is now. */
    public void report(UnitStatus status, Point position, Instant now) {
        this.version++;
        this.status = status;
        if (position != null) {
            this.position = position;
        }
        this.lastConfirmedAt = now;
        this.updatedAt = now;
    }

    public void retire(Instant at) {
        this.version++;
        this.retiredAt = at;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String callSign() {
        return callSign;
    }

    public Optional<String> registration() {
        return Optional.ofNullable(registration);
    }

    public String kind() {
        return kind;
    }

    public Optional<Integer> tier() {
        return Optional.ofNullable(tier);
    }

    public Organisation organisation() {
        return organisation;
    }

    public String homeRegion() {
        return homeRegion;
    }

    public Optional<Base> base() {
        return Optional.ofNullable(base);
    }

    public UnitStatus status() {
        return status;
    }

    public CareLevel careLevel() {
        return careLevel;
    }

    public Capacity capacity() {
        return new Capacity(lying, seated, wheelchair, incubator);
    }

    public List<String> crew() {
        return crew;
    }

    public List<String> capabilities() {
        return capabilities;
    }

    public String operatingHours() {
        return operatingHours;
    }

    public Optional<String> dispatchBy() {
        return Optional.ofNullable(dispatchBy);
    }

    public ReadinessLevel availableFrom() {
        return availableFrom;
    }

    public Optional<Point> position() {
        return Optional.ofNullable((Point) position);
    }

    public boolean sensitive() {
        return sensitive;
    }

    public Instant lastConfirmedAt() {
        return lastConfirmedAt;
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
