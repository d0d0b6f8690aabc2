package se.samverkan.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;

class GeometryConverterTest {

    private final GeometryConverter converter = new GeometryConverter();

    @Test
    void readsPostgisExtendedWkbAsTheDriverDeliversIt() {
        // What PostGIS returns for ST_SetSRID(ST_MakePoint(14.6357, 63.1792), 4326)::geography
        Point ostersund = new GeometryFactory().createPoint(new Coordinate(14.6357, 63.1792));
        ostersund.setSRID(4326);
        String hex = WKBWriter.toHex(new WKBWriter(2, true).write(ostersund));

        Geometry read = converter.convertToEntityAttribute(hex);

        assertThat(read).isInstanceOf(Point.class);
        assertThat(read.getSRID()).isEqualTo(4326);
        assertThat(read.getCoordinate().x).isEqualTo(14.6357);
        assertThat(read.getCoordinate().y).isEqualTo(63.1792);
    }

    @Test
    void writesExtendedWktWithTheWgs84Srid() {
        Point point = new GeometryFactory().createPoint(new Coordinate(18.0686, 59.3293));

        assertThat(converter.convertToDatabaseColumn(point)).isEqualTo("SRID=4326;POINT (18.0686 59.3293)");
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void refusesAColumnThatIsNotWkb() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("POINT(1 2)"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("extended WKB");
    }
}
