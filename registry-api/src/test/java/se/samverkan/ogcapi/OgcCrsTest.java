package se.samverkan.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class OgcCrsTest {

    @Test
    void knowsItsCrsByUriAndShortForms() {
        assertThat(OgcCrs.byUri("http://www.opengis.net/def/crs/EPSG/0/3006")).contains(OgcCrs.EPSG_3006);
        assertThat(OgcCrs.byUri("https://www.opengis.net/def/crs/OGC/1.3/CRS84")).contains(OgcCrs.CRS84);
        assertThat(OgcCrs.byUri("[EPSG:4326]")).contains(OgcCrs.EPSG_4326);
        assertThat(OgcCrs.byUri("http://www.opengis.net/def/crs/EPSG/0/3857")).isEmpty();
    }

    @Test
    void readsBboxValuesInEachCrsAxisOrder() {
        assertThat(OgcCrs.CRS84.toWgs84Envelope(new double[] {11, 55, 14, 57})).isEqualTo(new Envelope(11, 14, 55, 57));
        assertThat(OgcCrs.EPSG_4326.toWgs84Envelope(new double[] {55, 11, 57, 14})).isEqualTo(new Envelope(11, 14, 55, 57));
        // Lantmäteriet's control point C (60°09'33.88" N, 14°45'28.17" E) lies in this SWEREF 99 TM box.
        Envelope box = OgcCrs.EPSG_3006.toWgs84Envelope(new double[] {6_660_000, 480_000, 6_680_000, 500_000});
        assertThat(box.contains(14 + 45 / 60.0 + 28.167152 / 3600, 60 + 9 / 60.0 + 33.882413 / 3600)).isTrue();
        assertThat(box.getWidth()).isBetween(0.3, 0.45);
    }

    @Test
    void refusesBoxesThatAreWrongNamingWhy() {
        assertThatThrownBy(() -> OgcCrs.CRS84.toWgs84Envelope(new double[] {14, 55, 11, 57})).hasMessageContaining("antimeridian");
        assertThatThrownBy(() -> OgcCrs.CRS84.toWgs84Envelope(new double[] {11, 57, 14, 55})).hasMessageContaining("latitude");
        assertThatThrownBy(() -> OgcCrs.CRS84.toWgs84Envelope(new double[] {11, 55, 190, 57})).hasMessageContaining("-180 and 180");
        assertThatThrownBy(() -> OgcCrs.EPSG_4326.toWgs84Envelope(new double[] {95, 11, 96, 14})).hasMessageContaining("-90 and 90");
        assertThatThrownBy(() -> OgcCrs.EPSG_3006.toWgs84Envelope(new double[] {6_680_000, 480_000, 6_660_000, 500_000}))
                .hasMessageContaining("lower corner");
        assertThatThrownBy(() -> OgcCrs.CRS84.toWgs84Envelope(new double[] {11, 55, 0, 14, 57, 100})).hasMessageContaining("four");
    }

    @Test
    void writesGeometriesInTheCrsAxisOrder() {
        // Stockholm Central Station: 59.330231 N, 18.059196 E = N 6 580 822, E 674 032 in SWEREF 99 TM (to the metre).
        Geometry station = new GeometryFactory().createPoint(new Coordinate(18.059196, 59.330231));

        assertThat(OgcCrs.CRS84.fromWgs84(station).getCoordinate()).isEqualTo(new Coordinate(18.059196, 59.330231));
        assertThat(OgcCrs.EPSG_4326.fromWgs84(station).getCoordinate()).isEqualTo(new Coordinate(59.330231, 18.059196));
        Coordinate grid = OgcCrs.EPSG_3006.fromWgs84(station).getCoordinate();
        assertThat(grid.x).as("northing first").isCloseTo(6_580_822, within(1.0));
        assertThat(grid.y).as("easting second").isCloseTo(674_032, within(1.0));
        assertThat(station.getCoordinate().x).as("the source is untouched").isEqualTo(18.059196);
    }
}
