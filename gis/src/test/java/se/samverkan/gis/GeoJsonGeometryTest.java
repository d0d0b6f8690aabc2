package se.samverkan.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonGeometryTest {

    private final WKTReader wkt = new WKTReader();

    @Test
    void pointIsLongitudeFirstAndRoundedToSixDecimals() throws ParseException {
        GeoJsonGeometry point = GeoJsonGeometry.of(wkt.read("POINT (18.06860049 59.32930011)"));

        assertThat(point.type()).isEqualTo("Point");
        assertThat((double[]) point.coordinates()).containsExactly(18.0686, 59.3293);
    }

    @Test
    @SuppressWarnings("unchecked")
    void multiPolygonKeepsPartsRingsAndPositions() throws ParseException {
        Geometry g = wkt.read("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2)), ((20 20, 21 20, 21 21, 20 20)))");

        GeoJsonGeometry json = GeoJsonGeometry.of(g);

        assertThat(json.type()).isEqualTo("MultiPolygon");
        List<List<List<double[]>>> parts = (List<List<List<double[]>>>) json.coordinates();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(2); // exterior ring and one hole
        assertThat(parts.get(0).get(0)).hasSize(5);
        assertThat(parts.get(1).get(0).get(1)).containsExactly(21.0, 20.0);
    }

    @Test
    void refusesGeometryCollections() throws ParseException {
        Geometry g = wkt.read("GEOMETRYCOLLECTION (POINT (1 1))");

        assertThatThrownBy(() -> GeoJsonGeometry.of(g)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsCoordinatesOutsideTheValidRange() {
        assertThatThrownBy(() -> new GeoPoint(91, 10)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new GeoPoint(59, -181)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 10)).hasMessageContaining("latitude");
    }

    @Test
    void greatCircleDistanceStockholmGothenburg() {
        double metres = new GeoPoint(59.3293, 18.0686).distanceTo(new GeoPoint(57.7089, 11.9746));

        // Published straight-line distance Stockholm–Göteborg is about 398 km.
        assertThat(metres).isBetween(395_000.0, 400_000.0);
    }
}
