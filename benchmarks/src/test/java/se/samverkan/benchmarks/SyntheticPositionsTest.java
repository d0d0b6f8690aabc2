package se.samverkan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;

class SyntheticPositionsTest {

    @Test
    void sameSeedSamePositions() {
        assertThat(SyntheticPositions.generate(500, 7)).isEqualTo(SyntheticPositions.generate(500, 7));
        assertThat(SyntheticPositions.generate(500, 7)).isNotEqualTo(SyntheticPositions.generate(500, 8));
    }

    @Test
    void allPositionsLieInSwedensBoundingBoxAndMostNearAPopulationCentre() {
        List<GeoPoint> points = SyntheticPositions.generate(5_000, 1);

        assertThat(points).hasSize(5_000).allSatisfy(p -> {
            assertThat(p.latitude()).isBetween(SyntheticPositions.MIN_LAT, SyntheticPositions.MAX_LAT);
            assertThat(p.longitude()).isBetween(SyntheticPositions.MIN_LON, SyntheticPositions.MAX_LON);
        });
        GeoPoint stockholm = new GeoPoint(59.3293, 18.0686);
        long nearStockholm = points.stream().filter(p -> p.distanceTo(stockholm) < 60_000).count();
        // 70 % are clustered over nine centres: Stockholm alone should hold several percent of the fleet.
        assertThat(nearStockholm).isGreaterThan(250);
    }
}
