package se.samverkan.planner.solve;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.Arrays;

/**
 * A minimising LP built in plain arrays and handed to GLOP in one call ({@link MPSolver#loadModelFromProto}).
 * Building through the {@code MPSolver} API costs one JNI call, and a Java wrapper with a finalizer, per
 * column, row and coefficient: on the small benchmark case's timeline LP (7 000 rows, 29 000 columns) that
 * was 0.5 s, as long as GLOP's solve. Columns and rows keep the order they were made in, so GLOP gets the
 * same model as through the API; {@link #set} keeps the API's meaning (the last coefficient of a column in a
 * row wins). A change after a solve loads the model again at the next, except {@link #setRowUpper}, which moves
 * the bound in the loaded model (the planner's P1 cap, lifted after the plan).
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

    /** The loaded model, or null before the first solve or export. */
    private MPSolver solver;
    /** Row → its index in {@link #solver}, −1 for a row left out (free: the loader would drop it anyway). */
    private int[] loadedRow;
    private boolean loadedWithNames;

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
        unload();
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
        unload();
        cost[column] = value;
    }

    /** A new row {@code lower ≤ Σ ≤ upper}; its index. */
    int row(double lower, double upper, String name) {
        unload();
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
        unload();
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

    /** Moves a row's upper bound, in the loaded model too (GLOP then re-solves from its last basis). */
    void setRowUpper(int row, double upper) {
        rowUpper[row] = upper;
        if (solver != null) {
            int loaded = loadedRow[row];
            if (loaded >= 0) {
                solver.constraint(loaded).setUb(upper);
            } else if (upper != Double.POSITIVE_INFINITY || rowLower[row] != Double.NEGATIVE_INFINITY) {
                unload(); // a row left out as free now binds: load again (not on the planner's path)
            }
        }
    }

    /** Solves (loading the model first if needed); the optimum. */
    double solve() {
        load(loadedWithNames);
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("the lower-bound relaxation ended with " + status);
        }
        return solver.objective().value();
    }

    /** After {@link #solve}: every column's value, in one call. */
    double[] values() {
        com.google.ortools.linearsolver.MPSolutionResponse response = solver.createSolutionResponseProto();
        double[] out = new double[columns];
        for (int j = 0; j < columns && j < response.getVariableValueCount(); j++) {
            out[j] = response.getVariableValue(j);
        }
        return out;
    }

    String exportLp() {
        load(true);
        return solver.exportModelAsLpFormat(false);
    }

    String exportMps() {
        load(true);
        return solver.exportModelAsMpsFormat(false, false);
    }

    void release() {
        unload();
    }

    private void unload() {
        if (solver != null) {
            solver.delete();
            solver = null;
            loadedRow = null;
        }
    }

    /** Loads the model into a new GLOP solver unless it is there already (with names when asked). */
    private void load(boolean names) {
        if (solver != null && (loadedWithNames || !names)) {
            return;
        }
        unload();
        long began = System.nanoTime();
        MPModelProto model = proto(names);
        long built = System.nanoTime();
        MPSolver s = Relaxation.glop();
        String error = names ? s.loadModelFromProtoKeepNames(model) : s.loadModelFromProto(model);
        if (!error.isEmpty()) {
            s.delete();
            throw new IllegalStateException("GLOP refused the relaxation: " + error);
        }
        solver = s;
        loadedWithNames = names;
        if (Boolean.getBoolean("samverkan.planner.debug")) {
            System.err.printf("          LP of %d rows: proto %.3f s, loaded %.3f s%n", rows, (built - began) / 1e9,
                    (System.nanoTime() - built) / 1e9);
        }
    }

    /**
     * The model as a proto, rows in order of creation with their coefficients in the order set (the last of a
     * column in a row kept), zeros left out as the API leaves them out; a free row is left out (the loader drops
     * those), so {@link #loadedRow} maps rows to the loaded ones. Names only for exports.
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
        loadedRow = new int[rows];
        int loaded = 0;
        for (int r = 0; r < rows; r++) {
            if (rowLower[r] == Double.NEGATIVE_INFINITY && rowUpper[r] == Double.POSITIVE_INFINITY) {
                loadedRow[r] = -1;
                continue;
            }
            loadedRow[r] = loaded++;
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
