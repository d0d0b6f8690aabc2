package se.samverkan.planning.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import se.samverkan.gis.GeoPoint;
import se.samverkan.platform.persistence.GeometryConverter;
import se.samverkan.registry.model.Points;

/**
 * A major incident (särskild händelse) the national cell plans for: where it is, in which region, from when
 * its patients can be moved, and how many of each triage, care need and posture. Writers lock the row and
 * raise the version themselves (as the registry does: EclipseLink did not raise {@code @Version} columns).
 * Closed incidents stay with their history.
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    private UUID id;

    private String name;

    private String description;

    @Convert(converter = GeometryConverter.class)
    private Geometry location;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_located")
    private boolean regionLocated;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_casualty", joinColumns = @JoinColumn(name = "incident_id"))
    private List<CasualtyCount> casualties = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    private long version;

    protected Incident() {
    }

    public static Incident open(UUID id, IncidentDraft draft, String by, Instant now) {
        Incident i = new Incident();
        i.id = id;
        i.status = IncidentStatus.OPEN;
        i.createdAt = now;
        i.createdBy = by;
        i.apply(draft, by, now);
        i.version = 1;
        return i;
    }

    /** Replaces what the coordinator states about the incident. */
    public void revise(IncidentDraft draft, String by, Instant now) {
        if (status != IncidentStatus.OPEN) {
            throw new IllegalStateException("a closed incident is not changed");
        }
        apply(draft, by, now);
        version++;
    }

    public void close(String by, Instant now) {
        if (status != IncidentStatus.OPEN) {
            throw new IllegalStateException("the incident is closed already");
        }
        status = IncidentStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        updatedAt = now;
        updatedBy = by;
        version++;
    }

    private void apply(IncidentDraft d, String by, Instant now) {
        name = d.name();
        description = d.description();
        location = Points.of(d.location());
        regionCode = d.regionCode();
        regionLocated = d.regionLocated();
        readyAt = d.readyAt();
        casualties.clear();
        casualties.addAll(d.casualties());
        updatedAt = now;
        updatedBy = by;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public GeoPoint location() {
        return Points.toGeoPoint((Point) location);
    }

    public String regionCode() {
        return regionCode;
    }

    public boolean regionLocated() {
        return regionLocated;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public IncidentStatus status() {
        return status;
    }

    public List<CasualtyCount> casualties() {
        return List.copyOf(casualties);
    }

    public int patients() {
        return casualties.stream().mapToInt(CasualtyCount::count).sum();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    public long version() {
        return version;
    }
}
