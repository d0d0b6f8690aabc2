package se.samverkan.hospitals.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import se.samverkan.gis.GeoPoint;
import se.samverkan.platform.persistence.GeometryConverter;

/**
 * A place that receives patients: one of the emergency hospitals of the reference list, or a receiving
 * facility a user added. Removed facilities stay (soft delete) so old reports and plans still resolve.
 */
@Entity
@Table(name = "hospital")
public class Hospital {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Id
    private String code;

    private String name;

    @Column(name = "region_code")
    private String regionCode;

    @Convert(converter = GeometryConverter.class)
    private Geometry location;

    @Enumerated(EnumType.STRING)
    private HospitalLevel level;

    private boolean helipad;

    @Column(name = "nearest_airport")
    private String nearestAirport;

    private boolean reference;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    private long version;

    protected Hospital() {
    }

    /** A new receiving facility added by a user. */
    public static Hospital receivingFacility(HospitalCode code, FacilityDetails details, String by, OffsetDateTime now) {
        Hospital h = new Hospital();
        h.code = code.value();
        h.regionCode = code.regionCode();
        h.reference = false;
        h.createdAt = now;
        h.apply(details, by, now);
        return h;
    }

    public void apply(FacilityDetails details, String by, OffsetDateTime now) {
        if (reference) {
            throw new IllegalStateException("reference hospitals change only with the reference data");
        }
        name = details.name();
        location = WGS84.createPoint(new Coordinate(details.location().longitude(), details.location().latitude()));
        level = details.level();
        helipad = details.helipad();
        nearestAirport = details.nearestAirport();
        updatedAt = now;
        updatedBy = by;
    }

    public void remove(String by, OffsetDateTime now) {
        if (reference) {
            throw new IllegalStateException("reference hospitals change only with the reference data");
        }
        deletedAt = now;
        updatedAt = now;
        updatedBy = by;
    }

    public HospitalCode code() {
        return new HospitalCode(code);
    }

    public String name() {
        return name;
    }

    public String regionCode() {
        return regionCode;
    }

    public Point location() {
        return (Point) location;
    }

    public GeoPoint position() {
        Point p = location();
        return new GeoPoint(p.getY(), p.getX());
    }

    public Optional<HospitalLevel> level() {
        return Optional.ofNullable(level);
    }

    public boolean helipad() {
        return helipad;
    }

    public Optional<String> nearestAirport() {
        return Optional.ofNullable(nearestAirport);
    }

    /** True for the emergency hospitals of the reference list, which the API does not change. */
    public boolean isReference() {
        return reference;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
