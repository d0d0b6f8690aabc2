package se.samverkan.planner.solve;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.Arrays;

/**
 * A minimising LP built in plain arrays and handed to GLOP in one call ({@link MPSolver#solveWithProto}).
 * Building through the {@code MPSolver} API costs one JNI call, and a Java wrapper with a finalizer, per
 * column, row and coefficient: on the small benchmark case's timeline LP (7 000 rows, 29 000 columns) that
 * was 0.5 s, as long as GLOP's solve. Columns and rows keep the order they were made in, so GLOP gets the
 * same model as through the API; {@link #set} keeps the API's meaning (the last coefficient of a column in a
 * row wins). Each solve starts afresh from the arrays, so a change between solves needs nothing more (a lifted
 * P1 cap re-solves the whole LP, where the API's model re-solved from its basis: rare, see {@link Relaxation#capP1}).
 */
final class SparseLp {

    private int columns;
    private double[] columnLower = new double[1024];
    private double[] columnUpper = new double[1024];
    private double[] cost = new double[1024];
    private String[] columnName = new String[1024];

    private int rows;
    private double[] rowLower = new double[256];
    private double[] rowUpper = new double[256];
    private String[] rowName = new String[256];

    /** Coefficients as (row, column, value) in the order set. */
    private int entries;
    private int[] entryRow = new int[4096];
    private int[] entryColumn = new int[4096];
    private double[] entryValue = new double[4096];

    /** Every column's value in the last optimum, or null. */
    private double[] values;

    int columnCount() {
        return columns;
    }

    int rowCount() {
        return rows;
    }

    int entryCount() {
        return entries;
    }

    /** A new column; its index. */
    int column(double lower, double upper, String name) {
        if (columns == cost.length) {
            int n = columns * 2;
            columnLower = Arrays.copyOf(columnLower, n);
            columnUpper = Arrays.copyOf(columnUpper, n);
            cost = Arrays.copyOf(cost, n);
            columnName = Arrays.copyOf(columnName, n);
        }
        columnLower[columns] = lower;
        columnUpper[columns] = upper;
        columnName[columns] = name;
        return columns++;
    }

    /** The column's objective coefficient. */
    void cost(int column, double value) {
        cost[column] = value;
    }

    /** A new row {@code lower ≤ Σ ≤ upper}; its index. */
    int row(double lower, double upper, String name) {
        if (rows == rowLower.length) {
            int n = rows * 2;
            rowLower = Arrays.copyOf(rowLower, n);
            rowUpper = Arrays.copyOf(rowUpper, n);
            rowName = Arrays.copyOf(rowName, n);
        }
        rowLower[rows] = lower;
        rowUpper[rows] = upper;
        rowName[rows] = name;
        return rows++;
    }

    /** The coefficient of {@code column} in {@code row} (as {@code MPConstraint.setCoefficient}: a later one replaces it). */
    void set(int row, int column, double value) {
        if (entries == entryRow.length) {
            int n = entries * 2;
            entryRow = Arrays.copyOf(entryRow, n);
            entryColumn = Arrays.copyOf(entryColumn, n);
            entryValue = Arrays.copyOf(entryValue, n);
        }
        entryRow[entries] = row;
        entryColumn[entries] = column;
        entryValue[entries] = value;
        entries++;
    }

    /** Moves a row's upper bound (the planner's P1 cap; the next solve starts afresh). */
    void setRowUpper(int row, double upper) {
        rowUpper[row] = upper;
    }

    /**
     * Solves with GLOP straight from the proto ({@link MPSolver#solveWithProto}: no MPSolver model to fill,
     * 0.2 s less on the small benchmark case's timeline LP than {@code loadModelFromProto}); the optimum.
     */
    double solve() {
        long began = System.nanoTime();
        MPModelRequest request = MPModelRequest.newBuilder().setModel(proto(false))
                .setSolverType(MPModelRequest.SolverType.GLOP_LINEAR_PROGRAMMING).build();
        long built = System.nanoTime();
        MPSolutionResponse response = MPSolver.solveWithProto(request);
        if (Boolean.getBoolean("samverkan.planner.debug")) {
            System.err.printf("          LP of %d rows: proto %.3f s, solved %.3f s%n", rows, (built - began) / 1e9,
                    (System.nanoTime() - built) / 1e9);
        }
        if (response.getStatus() != MPSolverResponseStatus.MPSOLVER_OPTIMAL) {
            throw new IllegalStateException("the lower-bound relaxation ended with " + response.getStatus());
        }
        values = new double[columns];
        for (int j = 0; j < columns; j++) {
            values[j] = response.getVariableValue(j);
        }
        return response.getObjectiveValue();
    }

    /** After {@link #solve}: every column's value. */
    double[] values() {
        return values;
    }

    String exportLp() {
        return export(false);
    }

    String exportMps() {
        return export(true);
    }

    /** Exports through an MPSolver loaded with the names (the proto solve has none to export from). */
    private String export(boolean mps) {
        MPSolver solver = Relaxation.glop();
        try {
            String error = solver.loadModelFromProtoKeepNames(proto(true));
            if (!error.isEmpty()) {
                throw new IllegalStateException("GLOP refused the relaxation: " + error);
            }
            return mps ? solver.exportModelAsMpsFormat(false, false) : solver.exportModelAsLpFormat(false);
        } finally {
            solver.delete();
        }
    }

    /** Nothing native is held between calls; drops the model. */
    void release() {
        values = null;
    }

    /**
     * The model as a proto, rows in order of creation with their coefficients in the order set (the last of a
     * column in a row kept), zeros left out as the API leaves them out; a free row (the P1 row without a cap) is
     * left out, as {@code loadModelFromProto} drops those. Names only for exports.
     */
    private MPModelProto proto(boolean names) {
        MPModelProto.Builder model = MPModelProto.newBuilder().setMaximize(false);
        for (int j = 0; j < columns; j++) {
            MPVariableProto.Builder v = MPVariableProto.newBuilder()
                    .setLowerBound(columnLower[j]).setUpperBound(columnUpper[j]);
            if (cost[j] != 0) {
                v.setObjectiveCoefficient(cost[j]);
            }
            if (names && columnName[j] != null) {
                v.setName(columnName[j]);
            }
            model.addVariable(v.build());
        }
        // Entries grouped by row, in the order set (a stable counting sort).
        int[] start = new int[rows + 1];
        for (int e = 0; e < entries; e++) {
            start[entryRow[e] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[entries];
        int[] fill = Arrays.copyOf(start, rows);
        for (int e = 0; e < entries; e++) {
            order[fill[entryRow[e]]++] = e;
        }
        // The entry a column keeps in the current row: the last one set (filled per row before it is read).
        int[] lastEntry = new int[columns];
        for (int r = 0; r < rows; r++) {
            if (rowLower[r] == Double.NEGATIVE_INFINITY && rowUpper[r] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int i = start[r]; i < start[r + 1]; i++) {
                int e = order[i];
                lastEntry[entryColumn[e]] = e;
            }
            MPConstraintProto.Builder c = MPConstraintProto.newBuilder()
                    .setLowerBound(rowLower[r]).setUpperBound(rowUpper[r]);
            for (int i = start[r]; i < start[r + 1]; i++) {
                int e = order[i];
                int j = entryColumn[e];
                if (lastEntry[j] == e && entryValue[e] != 0) {
                    c.addVarIndex(j).addCoefficient(entryValue[e]);
                }
            }
            if (names && rowName[r] != null) {
                c.setName(rowName[r]);
            }
            model.addConstraint(c.build());
        }
        return model.build();
    }
}
