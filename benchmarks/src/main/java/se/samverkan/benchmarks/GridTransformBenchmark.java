package se.samverkan.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.SwedishGrid;

/** How long projecting a national fleet's positions to SWEREF 99 TM takes (for example for a grid index). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GridTransformBenchmark {

    static final int UNITS = 10_000;

    private List<GeoPoint> positions;
    private SwedishGrid grid;

    @Setup
    public void setUp() {
        positions = SyntheticPositions.generate(UNITS, 42);
        grid = new SwedishGrid();
    }

    @Benchmark
    public void projectTenThousandUnits(Blackhole sink) {
        for (GeoPoint p : positions) {
            sink.consume(grid.toGrid(p));
        }
    }
}
