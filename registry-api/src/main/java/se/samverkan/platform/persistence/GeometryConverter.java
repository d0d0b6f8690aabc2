package se.samverkan.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Maps PostGIS {@code geography}/{@code geometry} columns to JTS geometries. The PostgreSQL driver hands
 * such a column over as hex-encoded extended WKB; writes go out as extended WKT with SRID 4326, which
 * PostGIS casts to the column type (the data source sends strings untyped for that).
 */
@Converter
public class GeometryConverter implements AttributeConverter<Geometry, Object> {

    static final int WGS84 = 4326;

    @Override
    public Object convertToDatabaseColumn(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        return "SRID=" + WGS84 + ";" + new WKTWriter().write(geometry);
    }

    @Override
    public Geometry convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        String hex = column.toString();
        try {
            Geometry geometry = new WKBReader().read(WKBReader.hexToBytes(hex));
            if (geometry.getSRID() == 0) {
                geometry.setSRID(WGS84);
            }
            return geometry;
        } catch (ParseException | RuntimeException e) {
            throw new IllegalStateException("Column does not hold PostGIS extended WKB: "
                    + hex.substring(0, Math.min(hex.length(), 40)), e);
        }
    }
}
