package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The array-built LP means what the same calls on the OR-Tools API would mean. */
class SparseLpTest {

    @BeforeAll
    static void natives() {
        Planner.loadNativeLibraries();
    }

    /** min x + 2y, x + y ≥ 3 (row "need"), x ≤ 2: x = 2, y = 1, optimum 4. */
    private static SparseLp small(SparseLp lp) {
        int x = lp.column(0, 2, "x");
        int y = lp.column(0, Double.POSITIVE_INFINITY, "y");
        lp.cost(x, 1);
        lp.cost(y, 2);
        int need = lp.row(3, Double.POSITIVE_INFINITY, "need");
        lp.set(need, x, 1);
        lp.set(need, y, 1);
        return lp;
    }

    @Test
    void solvesAndReadsEveryColumn() {
        SparseLp lp = small(new SparseLp());
        try {
            assertThat(lp.solve()).isCloseTo(4, within(1e-9));
            assertThat(lp.values()).containsExactly(new double[] {2, 1}, within(1e-9));
        } finally {
            lp.release();
        }
    }

    @Test
    void aCoefficientSetAgainReplacesTheFirstAsTheApiDoes() {
        SparseLp lp = small(new SparseLp());
        try {
            lp.set(0, 1, 3); // y now counts 3 in "need": x = 0, y = 1, optimum 2
            assertThat(lp.solve()).isCloseTo(2, within(1e-9));
            assertThat(lp.values()).containsExactly(new double[] {0, 1}, within(1e-9));
        } finally {
            lp.release();
        }
    }

    @Test
    void aFreeRowBoundAfterTheSolveHoldsInTheNextSolve() {
        SparseLp lp = small(new SparseLp());
        try {
            int cap = lp.row(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "cap"); // free: left out of the model
            lp.set(cap, 0, 1);
            assertThat(lp.solve()).isCloseTo(4, within(1e-9));
            lp.setRowUpper(cap, 1); // x ≤ 1: now in the model, y = 2, optimum 5
            assertThat(lp.solve()).isCloseTo(5, within(1e-9));
            assertThat(lp.values()).containsExactly(new double[] {1, 2}, within(1e-9));
        } finally {
            lp.release();
        }
    }

    @Test
    void aRowBoundMovedBetweenSolvesHolds() {
        SparseLp lp = small(new SparseLp());
        try {
            int cap = lp.row(Double.NEGATIVE_INFINITY, 10, "cap");
            lp.set(cap, 0, 1);
            assertThat(lp.solve()).isCloseTo(4, within(1e-9));
            lp.setRowUpper(cap, 1); // x ≤ 1: y = 2, optimum 5
            assertThat(lp.solve()).isCloseTo(5, within(1e-9));
            lp.setRowUpper(cap, Double.POSITIVE_INFINITY);
            assertThat(lp.solve()).isCloseTo(4, within(1e-9));
        } finally {
            lp.release();
        }
    }

    @Test
    void exportsKeepTheNames() {
        SparseLp lp = small(new SparseLp());
        try {
            assertThat(lp.solve()).isCloseTo(4, within(1e-9));
            assertThat(lp.exportLp()).contains("need").contains("x").contains("y");
            assertThat(lp.exportMps()).contains("need");
        } finally {
            lp.release();
        }
    }
}
