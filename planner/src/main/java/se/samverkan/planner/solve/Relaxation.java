package se.samverkan.planner.solve;

import com.google.ortools.linearsolver.MPSolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;

/**
 * The linear relaxation behind the weighted lower bound, following each unit's timeline. A patient's minutes
 * to definitive care split into waiting (ready → pickup) and riding (pickup → hospital):
 * <ul>
 * <li><b>riding</b>: a transportation problem from groups to hospital beds (available free, allowed surge at
 * the surge penalty) per transport mode some unit able to carry the group has, with that mode's real ride,
 * within the policy's maximum ride; plus region penalties; unserved at the unserved cost;</li>
 * <li><b>waiting</b>: per incident (sources closer than {@link #CLUSTER_METRES}), a time-expanded flow of unit
 * classes ({@link #addTimelines}); a trip to a band of hospitals of nearly equal cycle ({@link Bands}) brings
 * the unit back after that band's real ride and return plus the turnaround, and carries, within its places of
 * each posture and its care level, only patients who ride to a hospital of that band.</li>
 * </ul>
 * With P1 first, a row holds the P1 part to a plan's ({@link #capP1}). Not covered: the difference between an incident's collection points (the return goes to the nearest), the
 * spread of cycles within a band (its least counts), times rounded down to the grid's step ({@link Grid}) on the timeline and
 * to the earliest trip of their pickup period, and a unit counted at two far-apart incidents at once. The P1 bound
 * uses {@link SlotRelaxation}.
 */
final class Relaxation {

    /** The LP, built in arrays and handed to GLOP in one call at each solve (see {@link SparseLp}). */
    final SparseLp lp;
    private final double constant;

    private Relaxation(SparseLp lp, double constant) {
        this.lp = lp;
        this.constant = constant;
    }

    static Relaxation build(Dispatcher d, int[] remaining) {
        return build(d, remaining, false, false);
    }

    /**
     * @param timeOnly leave region and surge penalties out: the optimum then bounds the weighted minutes of the
     *                 patients in {@code remaining} (unserved ones at the unserved cost) — with only the P1 groups,
     *                 the P1 part of any plan, whatever the other patients do
     * @param p1Part   add a row summing the P1 part (P1 weighted minutes, region penalties, unserved P1), still
     *                 unbounded, for {@link #capP1}
     */
    static Relaxation build(Dispatcher d, int[] remaining, boolean timeOnly, boolean p1Part) {
        long began = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        SparseLp lp = new SparseLp();
        TravelTables tt = d.tt;
        Policy policy = d.policy;
        List<Ride> rides = new ArrayList<>();
        List<CasualtyGroup> groups = d.groups;
        int G = groups.size();
        int H = tt.hospitalCount;

        Map<Integer, Row> bedRows = bedRows(d, lp, timeOnly);
        // The P1 part's row, made when its first P1 variable arrives.
        Row p1 = p1Part ? new Row(lp, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "p1_part", null) : null;

        // Riding part, and one link row per waiting class (source, posture, care level, triage, ready time, mode)
        // and band of hospitals: the band's trips carry the class's patients to it.
        int[] cluster = clusters(tt);
        Grid grid = gridFor(remaining);
        Bands bands = new Bands(d, cluster, remaining, BAND_LEAST_MINUTES, BAND_SHARE);
        Map<String, Row> classRows = new LinkedHashMap<>();
        Map<String, int[]> classOf = new HashMap<>(); // key → {source, lying, level, representative group, mode, band}
        for (int g = 0; g < G; g++) {
            if (remaining[g] <= 0) {
                continue;
            }
            CasualtyGroup group = groups.get(g);
            double w = policy.weight(group.triage());
            Row p1OfGroup = group.triage() == se.samverkan.planner.Triage.P1 ? p1 : null;
            Row count = countRow(lp, g, remaining[g], w * policy.unservedMinutes(), p1OfGroup);
            int need = group.careNeed().ordinal();
            int mask = d.modesFor(g);
            int s = tt.sourceOfGroup[g];
            for (TransportMode mode : TravelTables.MODES) {
                if ((mask & (1 << mode.ordinal())) == 0) {
                    continue;
                }
                for (int h = 0; h < H; h++) {
                    Row beds = bedRows.get(h * CareNeed.values().length + need);
                    double ride = tt.ride(mode, s, h);
                    int band = bands.of(mode.ordinal(), s, h);
                    if (beds == null || !(ride <= d.maxRide(g)) || band < 0) {
                        continue;
                    }
                    String key = cluster[s] + "/" + group.lying() + "/" + d.required[g] + "/" + group.triage() + "/"
                            + group.readyAt() + "/" + mode + "/" + band;
                    Row link = classRows.computeIfAbsent(key, k -> new Row(lp, 0, 0, "wait_c" + classRows.size(), null));
                    classOf.putIfAbsent(key, new int[] {s, group.lying() ? 1 : 0, d.required[g].ordinal(), g, mode.ordinal(), band});
                    int y = lp.column(0, remaining[g], "ride_g" + g + "_h" + h + "_m" + mode.ordinal());
                    rides.add(new Ride(g, h, y));
                    lp.cost(y, w * ride + (timeOnly ? 0 : d.penalty(g, h)));
                    if (p1OfGroup != null) {
                        p1OfGroup.add(y, w * ride + (timeOnly ? 0 : d.penalty(g, h)));
                    }
                    count.add(y, 1);
                    beds.add(y, 1);
                    link.add(y, -1);
                }
            }
        }

        // Waiting part: each cluster's unit timelines.
        for (int c = 0; c < tt.sourceCount; c++) {
            List<String> keys = new ArrayList<>();
            for (String k : classRows.keySet()) {
                if (cluster[classOf.get(k)[0]] == c) {
                    keys.add(k);
                }
            }
            if (!keys.isEmpty()) {
                addTimelines(d, lp, c, cluster, bands, keys, classRows, classOf, p1, grid);
            }
        }
        Relaxation out = new Relaxation(lp, 0);
        out.p1Row = p1;
        out.rides.addAll(rides);
        if (Boolean.getBoolean("samverkan.planner.debug")) {
            System.err.printf("          timeline LP built in %.3f s (thread CPU %.3f s): %d rows, %d columns, %d coefficients%n",
                    (System.nanoTime() - began) / 1e9,
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9,
                    lp.rowCount(), lp.columnCount(), lp.entryCount());
        }
        return out;
    }

    /** A riding variable: patients of group g carried to hospital h (by one mode), the LP's column. */
    private record Ride(int group, int hospital, int column) {
    }

    private final List<Ride> rides = new ArrayList<>();

    /**
     * After {@link #solve}: the patients of each group the optimum carries to each hospital ([group][hospital],
     * over all modes; fractional). The planner builds a construction from them.
     */
    double[][] carried(int groupCount, int hospitalCount) {
        double[][] out = new double[groupCount][hospitalCount];
        double[] values = lp.values();
        for (Ride r : rides) {
            out[r.group()][r.hospital()] += values[r.column()];
        }
        return out;
    }

    /**
     * The P1 part's row, or null: the P1 terms (each P1 patient's ride with its penalty, wait, late pickup and
     * unserved cost) exactly as in the objective.
     */
    private Row p1Row;

    /**
     * Holds the P1 part to at most {@code cap} (the P1 part of some plan; +∞ lifts it). Valid when the policy puts
     * P1 first: its optimum has the least P1 part of all plans, so at most the cap, and maps onto this LP with P1
     * terms no larger than its P1 part (docs/planner-format.md). A relative 1e-9 leaves room for rounding (more
     * would let the solver stop that much above the optimum, within its tolerance).
     */
    void capP1(double cap) {
        if (p1Row != null && p1Row.index >= 0) {
            lp.setRowUpper(p1Row.index, cap + 1e-9 * Math.max(1, Math.abs(cap)));
        }
    }

    /** Sources closer than this share their units' pickup slots (one incident's collection points). */
    static final double CLUSTER_METRES = 25_000;

    /**
     * Sources in clusters (single linkage within {@link #CLUSTER_METRES}); each cluster's slots are listed on
     * their own. Within a cluster a unit's slot serves one source; across clusters (far-apart incidents) the
     * relaxation still lets it count in each, which keeps the LP small and is valid, only weaker.
     */
    static int[] clusters(TravelTables tt) {
        int[] parent = new int[tt.sourceCount];
        for (int s = 0; s < parent.length; s++) {
            parent[s] = s;
        }
        for (int a = 0; a < parent.length; a++) {
            for (int b = a + 1; b < parent.length; b++) {
                if (tt.sources.get(a).distanceTo(tt.sources.get(b)) < CLUSTER_METRES) {
                    int ra = root(parent, a);
                    int rb = root(parent, b);
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        int[] out = new int[parent.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = root(parent, s);
        }
        return out;
    }

    private static int root(int[] parent, int s) {
        while (parent[s] != s) {
            s = parent[s];
        }
        return s;
    }

    /**
     * The timelines' grid: minutes per step (times are rounded down to it, which keeps the bound valid), the share
     * of their start that later pickup periods last, and the nodes per cluster.
     *
     * @param step        minutes per step of the unit timelines
     * @param periodShare pickups are priced at the earliest trip of their period: {@link #PERIOD} long, later this
     *                    share of its start (no pickup in it is earlier, so valid); the timelines keep their step,
     *                    so this rounding does not add up over a unit's trips
     * @param nodeBudget  timeline nodes per cluster; the rest of the horizon is bounded by one late pickup per class
     */
    record Grid(double step, double periodShare, int nodeBudget) {
    }

    /**
     * Problems up to {@link #FINE_PATIENTS}: the small benchmark case's LP (20 600 columns, a few tenths of a second)
     * affords it; on that case +430 of its 1.2 % gap (half-minute steps +240, 1 % periods +210) for 42 % more
     * columns (1 600 nodes reach as far as 2 400 did; 1 200 half-minute nodes gave only +50). The medium case's LP
     * would take twice its 3-4 s.
     */
    static final Grid FINE = new Grid(0.5, 0.01, 1600);
    /**
     * One minute, periods of 2 % after minute 50 (there a dense incident's pickups crowd: on the medium benchmark case
     * +1 050 (381 598) at 11 % more columns than 2-minute periods; 1 minute throughout gave +1 540 at 87 % more
     * columns and 2-3 times the solve time), 1 200 nodes (more did not raise the bound of the benchmark cases).
     */
    static final Grid COARSE = new Grid(1.0, 0.02, 1200);
    static final int FINE_PATIENTS = 500;

    static Grid gridFor(int[] remaining) {
        return java.util.Arrays.stream(remaining).sum() <= FINE_PATIENTS ? FINE : COARSE;
    }

    /** Pickup periods are at least this long (one minute until the share takes over at minute 50). */
    static final double PERIOD = 1.0;

    /** Period starts from 0 to past {@code horizon}: {@link #PERIOD} long, or {@code share} of their start. */
    static double[] periods(double horizon, double share) {
        List<Double> out = new ArrayList<>();
        double t = 0;
        while (true) {
            out.add(t);
            if (t > horizon) {
                break;
            }
            t += Math.max(PERIOD, t * share);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The period that contains {@code time} (≥ 0). */
    static int periodOf(double[] starts, double time) {
        int i = java.util.Arrays.binarySearch(starts, time);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Hospitals whose cycle (ride plus the shortest return) exceeds the band's least cycle by less than this share
     * of it, or by less than {@link #BAND_LEAST_MINUTES}, share a band: near hospitals, whose cycles are short
     * and many trips long, get narrow bands; far ones, a few trips each, wide ones. Against bands of a fixed 15
     * minutes this raised the bound on the benchmark cases with fewer arcs per node.
     */
    static final double BAND_SHARE = 0.15;
    static final double BAND_LEAST_MINUTES = 2.0;

    /**
     * Hospitals per mode and cluster in bands of nearly equal cycle; a band's cycle is the least ride from a
     * point of the cluster to one of its hospitals plus the return to a point of the cluster, so a trip to any
     * of them takes at least that long.
     */
    static final class Bands {
        final boolean[] used;
        private final int hospitals;
        /** [mode][s * H + h] → band, −1 when the hospital takes no patients or cannot be reached from s. */
        private final int[][] bandOf;
        /** [mode][cluster] → per band the least ride + return. */
        private final double[][][] cycle;

        Bands(Dispatcher d, int[] cluster, int[] remaining, double least, double share) {
            TravelTables tt = d.tt;
            int S = tt.sourceCount;
            int H = tt.hospitalCount;
            hospitals = H;
            used = new boolean[S];
            for (int g = 0; g < remaining.length; g++) {
                used[tt.sourceOfGroup[g]] |= remaining[g] > 0;
            }
            boolean[] receives = new boolean[H];
            for (int h = 0; h < H; h++) {
                for (int c = 0; c < CareNeed.values().length; c++) {
                    receives[h] |= d.capacity(h, c) - d.used[h][c] > 0;
                }
            }
            int modes = TravelTables.MODES.length;
            bandOf = new int[modes][S * H];
            cycle = new double[modes][S][];
            for (TransportMode mode : TravelTables.MODES) {
                int m = mode.ordinal();
                java.util.Arrays.fill(bandOf[m], -1);
                for (int c = 0; c < S; c++) {
                    double[] key = new double[H];
                    List<Integer> order = new ArrayList<>();
                    for (int h = 0; h < H; h++) {
                        key[h] = Double.POSITIVE_INFINITY;
                        for (int s = 0; s < S; s++) {
                            for (int s2 = 0; s2 < S; s2++) {
                                if (used[s] && used[s2] && cluster[s] == c && cluster[s2] == c) {
                                    key[h] = Math.min(key[h], tt.ride(mode, s, h) + tt.back(mode, h, s2));
                                }
                            }
                        }
                        if (receives[h] && Double.isFinite(key[h])) {
                            order.add(h);
                        }
                    }
                    if (order.isEmpty()) {
                        continue;
                    }
                    order.sort((a, b) -> Double.compare(key[a], key[b]));
                    List<Double> cycles = new ArrayList<>();
                    for (int h : order) {
                        double first = cycles.isEmpty() ? 0 : cycles.get(cycles.size() - 1);
                        if (cycles.isEmpty() || key[h] - first >= Math.max(least, share * first)) {
                            cycles.add(key[h]); // sorted, so the band's first hospital has its least cycle
                        }
                        for (int s = 0; s < S; s++) {
                            if (used[s] && cluster[s] == c && Double.isFinite(tt.ride(mode, s, h))) {
                                bandOf[m][s * H + h] = cycles.size() - 1;
                            }
                        }
                    }
                    cycle[m][c] = cycles.stream().mapToDouble(Double::doubleValue).toArray();
                }
            }
        }

        int of(int mode, int source, int hospital) {
            return bandOf[mode][source * hospitals + hospital];
        }

        int count(int mode, int cluster) {
            return cycle[mode][cluster] == null ? 0 : cycle[mode][cluster].length;
        }

        double cycle(int mode, int cluster, int band) {
            return cycle[mode][cluster][band];
        }
    }

    /** A unit class's state: at a collection point of the cluster, free to pick up from {@code step} × the grid's step on. */
    private record Node(int unitClass, int step) {
        // The record's 31 × class + step collides across classes (steps run to thousands): HashMap tree bins.
        @Override
        public int hashCode() {
            return unitClass * 0x10001 ^ step * 0x9E3779B1;
        }
    }

    /**
     * The waiting part of one cluster: a time-expanded flow of unit classes (mode, places, care level,
     * turnaround). A unit enters no earlier than it can be at a point of the cluster; a trip at time t to a
     * hospital band brings it back no earlier than t + the band's least ride and return + the turnaround; it
     * may wait, or leave. Patients picked up in a period pay weight × (period start − ready) and use the places
     * of their posture on trips of their band leaving in that period. Every plan's unit timelines map onto
     * this flow at no greater cost (times rounded down). Beyond the node budget one late pickup per class, at
     * the horizon, stands for all later ones.
     */
    private static void addTimelines(Dispatcher d, SparseLp lp, int c, int[] cluster,
                                     Bands bands, List<String> keys, Map<String, Row> classRows,
                                     Map<String, int[]> classOf, Row p1, Grid grid) {
        final double stepMinutes = grid.step();
        TravelTables tt = d.tt;
        List<Integer> points = new ArrayList<>();
        for (int s = 0; s < tt.sourceCount; s++) {
            if (cluster[s] == c && bands.used[s]) {
                points.add(s);
            }
        }
        // The keys' attributes, looked up once: the loops below run over units × keys and nodes × bands.
        List<int[]> attributes = new ArrayList<>(keys.size());
        boolean[][] served = new boolean[TravelTables.MODES.length][]; // [mode][band]: some patients ride there
        for (TransportMode mode : TravelTables.MODES) {
            served[mode.ordinal()] = new boolean[bands.count(mode.ordinal(), c)];
        }
        double latest = 0;
        for (String k : keys) {
            int[] a = classOf.get(k);
            attributes.add(a);
            served[a[4]][a[5]] = true;
            latest = Math.max(latest, d.ready(a[3]));
        }
        int horizon = (int) Math.ceil((latest + d.policy.unservedMinutes()) / stepMinutes);
        // Unit classes (only those some patient here can use) and their first steps in the cluster.
        Map<String, Integer> classIndex = new HashMap<>();
        List<TransportUnit> classes = new ArrayList<>();
        Map<String, int[]> starts = new LinkedHashMap<>(); // {class, first step} → {class, first step, count}
        for (int u = 0; u < d.unitCount; u++) {
            TransportUnit unit = tt.unit(u);
            boolean useful = false;
            for (int[] a : attributes) {
                useful |= a[4] == unit.mode().ordinal() && unit.careLevel().ordinal() >= a[2] && unit.places(a[1] == 1) > 0;
            }
            double first = Double.POSITIVE_INFINITY;
            for (int s : points) {
                first = Math.min(first, d.unitFreeAt(u) + d.leg(u, d.unitAt(u), s));
            }
            if (!useful || !Double.isFinite(first)) {
                continue;
            }
            String ck = unit.mode() + "/" + unit.lyingPlaces() + "/" + unit.seatedPlaces() + "/" + unit.careLevel() + "/"
                    + unit.turnaroundMinutes();
            int cls = classIndex.computeIfAbsent(ck, x -> {
                classes.add(unit);
                return classes.size() - 1;
            });
            int step = (int) Math.floor(Math.max(0, first) / stepMinutes);
            starts.computeIfAbsent(cls + "/" + step, x -> new int[] {cls, step, 0})[2]++;
        }
        // Nodes in time order until the budget is spent.
        Map<Node, Integer> ids = new HashMap<>();
        PriorityQueue<Node> queue = new PriorityQueue<>((a, b) -> Integer.compare(a.step(), b.step()));
        java.util.function.Consumer<Node> reach = n -> {
            if (n.step() < horizon && ids.putIfAbsent(n, -1) == null) {
                queue.add(n);
            }
        };
        for (int[] st : starts.values()) {
            reach.accept(new Node(st[0], st[1]));
        }
        // A unit may wait for patients to be ready: each class has a node at every ready time (rounded down).
        for (int[] a : attributes) {
            for (int cls = 0; cls < classes.size(); cls++) {
                if (classes.get(cls).mode().ordinal() == a[4]) {
                    reach.accept(new Node(cls, (int) Math.floor(d.ready(a[3]) / stepMinutes)));
                }
            }
        }
        int end = horizon;
        List<Node> nodes = new ArrayList<>();
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (nodes.size() >= grid.nodeBudget()) {
                end = n.step();
                break;
            }
            ids.put(n, nodes.size());
            nodes.add(n);
            TransportUnit unit = classes.get(n.unitClass());
            int m = unit.mode().ordinal();
            for (int b = 0; b < bands.count(m, c); b++) {
                if (served[m][b]) {
                    double to = n.step() * stepMinutes + bands.cycle(m, c, b) + unit.turnaroundMinutes();
                    reach.accept(new Node(n.unitClass(), (int) Math.floor(to / stepMinutes)));
                }
            }
        }
        final int horizonStep = end;
        java.util.function.ToIntFunction<Node> id = n -> {
            Integer v = n.step() < horizonStep ? ids.get(n) : null;
            return v == null ? -1 : v;
        };
        // Flow conservation: what leaves a node (trips, waiting) is at most what arrives (starts, trips, waiting).
        Row[] balance = new Row[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            balance[i] = new Row(lp, 0, Double.POSITIVE_INFINITY, "units_c" + c + "_n" + i, null);
        }
        for (int[] start : starts.values()) {
            int target = id.applyAsInt(new Node(start[0], start[1]));
            if (target >= 0) {
                int a = lp.column(0, start[2], "start_" + lp.columnCount());
                balance[target].add(a, 1);
            }
        }
        Map<Integer, java.util.TreeMap<Integer, Integer>> timelines = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            timelines.computeIfAbsent(nodes.get(i).unitClass(), x -> new java.util.TreeMap<>()).put(nodes.get(i).step(), i);
        }
        for (java.util.TreeMap<Integer, Integer> line : timelines.values()) {
            Integer previous = null;
            for (int i : line.values()) {
                if (previous != null) {
                    int w = lp.column(0, Double.POSITIVE_INFINITY, "idle_" + lp.columnCount());
                    balance[previous].add(w, -1);
                    balance[i].add(w, 1);
                }
                previous = i;
            }
        }
        double[] starts_ = periods(horizonStep * stepMinutes, grid.periodShare());
        // Trips, and the places they offer per (mode, band, pickup period, posture, least care level).
        Map<Long, Offer> offered = new HashMap<>(); // place key → its trips
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            TransportUnit unit = classes.get(n.unitClass());
            int m = unit.mode().ordinal();
            double time = n.step() * stepMinutes;
            int period = periodOf(starts_, time);
            for (int b = 0; b < bands.count(m, c); b++) {
                if (!served[m][b]) {
                    continue;
                }
                double to = time + bands.cycle(m, c, b) + unit.turnaroundMinutes();
                int f = lp.column(0, Double.POSITIVE_INFINITY, "trip_" + lp.columnCount());
                balance[i].add(f, -1);
                int target = id.applyAsInt(new Node(n.unitClass(), (int) Math.floor(to / stepMinutes)));
                if (target >= 0) {
                    balance[target].add(f, 1);
                }
                for (int p = 0; p < 2; p++) {
                    if (unit.places(p == 1) == 0) {
                        continue;
                    }
                    for (int l = 0; l <= unit.careLevel().ordinal(); l++) {
                        offered.computeIfAbsent(placeKey(m, b, period, p, l), x -> new Offer()).add(f, unit.places(p == 1), time);
                    }
                }
            }
        }
        // Pickups per class and period: patients needing care level l or more use places of such units only
        // (levels are nested, so these rows are exactly what the trips of one period can carry).
        int lastPeriod = periodOf(starts_, horizonStep * stepMinutes);
        Map<Long, Row> placeRows = new HashMap<>();
        for (String k : keys) {
            int[] a = classOf.get(k);
            int g = a[3];
            int firstPeriod = periodOf(starts_, Math.floor(d.ready(g) / stepMinutes) * stepMinutes);
            for (int period = firstPeriod; period <= lastPeriod; period++) {
                Offer needed = offered.get(placeKey(a[4], a[5], period, a[1], a[2]));
                if (needed == null) {
                    continue; // no unit of the needed level leaves for this band in this period
                }
                int x = lp.column(0, Double.POSITIVE_INFINITY, "wait_s" + a[0] + "_" + lp.columnCount());
                // Priced at the period's earliest trip a unit of the needed level makes: no pickup in it is earlier.
                lp.cost(x, d.weight(g) * Math.max(0, needed.earliest - d.ready(g)));
                if (p1 != null && d.groups.get(g).triage() == se.samverkan.planner.Triage.P1) {
                    p1.add(x, d.weight(g) * Math.max(0, needed.earliest - d.ready(g)));
                }
                classRows.get(k).add(x, 1);
                for (int l = 0; l <= a[2]; l++) {
                    long rowKey = placeKey(a[4], a[5], period, a[1], l);
                    Offer trips = offered.get(rowKey);
                    if (trips == null) {
                        continue;
                    }
                    // The same trips as the level below (no unit of level l − 1 leaves then): that row has the same
                    // places and every patient of this one (this column enters it too), so this one is implied.
                    if (l > 0 && offered.get(placeKey(a[4], a[5], period, a[1], l - 1)).size == trips.size) {
                        continue;
                    }
                    Row row = placeRows.computeIfAbsent(rowKey, rk -> {
                        Row r = new Row(lp, Double.NEGATIVE_INFINITY, 0, "places_c" + c + "_" + placeRows.size(), null);
                        for (int t = 0; t < trips.size; t++) {
                            r.add(trips.trips[t], -trips.places[t]);
                        }
                        return r;
                    });
                    row.add(x, 1);
                }
            }
        }
        // Pickups at or after the horizon: at least the horizon's wait, with no limit on places.
        for (String k : keys) {
            int g = classOf.get(k)[3];
            int late = lp.column(0, Double.POSITIVE_INFINITY, "late_" + lp.columnCount());
            lp.cost(late, d.weight(g) * Math.max(0, horizonStep * stepMinutes - d.ready(g)));
            if (p1 != null && d.groups.get(g).triage() == se.samverkan.planner.Triage.P1) {
                p1.add(late, d.weight(g) * Math.max(0, horizonStep * stepMinutes - d.ready(g)));
            }
            classRows.get(k).add(late, 1);
        }
    }

    /** The trips that offer the places of one key ({@link #placeKey}): their columns and places, the earliest's time. */
    private static final class Offer {
        int[] trips = new int[8];
        int[] places = new int[8];
        int size;
        double earliest = Double.POSITIVE_INFINITY;

        void add(int trip, int n, double time) {
            if (size == trips.length) {
                trips = java.util.Arrays.copyOf(trips, size * 2);
                places = java.util.Arrays.copyOf(places, size * 2);
            }
            trips[size] = trip;
            places[size] = n;
            size++;
            earliest = Math.min(earliest, time);
        }
    }

    /** The places of one (mode, band, pickup period, posture, least care level), as one number. */
    private static long placeKey(int mode, int band, int period, int lying, int level) {
        return ((((long) mode * 4096 + band) * 1_048_576 + period) * 2 + lying) * CareLevel.values().length + level;
    }

    /**
     * A row made in the LP only when its first variable arrives: external LP readers (glpsol)
     * refuse empty rows.
     */
    static final class Row {
        private final SparseLp lp;
        private final double lower;
        private final double upper;
        private final String name;
        private final java.util.function.IntConsumer onCreate;
        /** The row's index in the LP, −1 until its first variable arrives. */
        private int index = -1;

        Row(SparseLp lp, double lower, double upper, String name, java.util.function.IntConsumer onCreate) {
            this.lp = lp;
            this.lower = lower;
            this.upper = upper;
            this.name = name;
            this.onCreate = onCreate;
        }

        void add(int column, double coefficient) {
            if (index < 0) {
                index = lp.row(lower, upper, name);
                if (onCreate != null) {
                    onCreate.accept(index);
                }
            }
            lp.set(index, column, coefficient);
        }
    }

    /** Solves the relaxation; the optimum is the bound. */
    double solve() {
        return optimum(lp, constant);
    }

    /** Solves a relaxation built in {@code lp}: its optimum plus the constant part is the bound. */
    static double optimum(SparseLp lp, double constant) {
        long began = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double value = lp.solve() + constant;
        if (Boolean.getBoolean("samverkan.planner.debug")) {
            System.err.printf("          LP (%d rows) handed over and solved in %.3f s (thread CPU %.3f s)%n", lp.rowCount(),
                    (System.nanoTime() - began) / 1e9,
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        return value;
    }

    String exportLp() {
        return lp.exportLp();
    }

    String exportMps() {
        return lp.exportMps();
    }

    void release() {
        lp.release();
    }

    /** A group's patients are carried or left unserved: its count row, the unserved ones at {@code unservedCost} each. */
    static Row countRow(SparseLp lp, int g, int patients, double unservedCost) {
        return countRow(lp, g, patients, unservedCost, null);
    }

    /** As above; the unserved variable also enters {@code alsoIn} (the P1 part's row) at its cost, when not null. */
    static Row countRow(SparseLp lp, int g, int patients, double unservedCost, Row alsoIn) {
        Row count = new Row(lp, patients, patients, "count_g" + g, null);
        int unserved = lp.column(0, patients, "unserved_g" + g);
        count.add(unserved, 1);
        lp.cost(unserved, unservedCost);
        if (alsoIn != null) {
            alsoIn.add(unserved, unservedCost);
        }
        return count;
    }

    /** The LP solver both relaxations use. */
    static MPSolver glop() {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no GLOP solver in this build");
        }
        return solver;
    }

    /**
     * Beds: one row per hospital and care category that still has room now or in surge, keyed by
     * {@code h * CareNeed count + need}; surge beds are a variable priced at the policy's surge penalty.
     */
    static Map<Integer, Row> bedRows(Dispatcher d, SparseLp lp, boolean timeOnly) {
        Policy policy = d.policy;
        Map<Integer, Row> bedRows = new HashMap<>();
        for (int h = 0; h < d.tt.hospitalCount; h++) {
            for (CareNeed need : CareNeed.values()) {
                BedCapacity c = d.problem.hospitals().get(h).capacityFor(need);
                int usedNow = d.used[h][need.ordinal()];
                int avail = Math.max(0, c.available() - usedNow);
                int surge = Math.max(0, policy.allowedSurge(c) - Math.max(0, usedNow - c.available()));
                if (avail + surge == 0) {
                    continue;
                }
                final int surgeBeds = surge;
                final String suffix = "h" + h + "_" + need;
                Row row = new Row(lp, Double.NEGATIVE_INFINITY, avail, "beds_" + suffix, created -> {
                    if (surgeBeds > 0) {
                        int s = lp.column(0, surgeBeds, "surge_" + suffix);
                        lp.set(created, s, -1);
                        lp.cost(s, timeOnly ? 0 : policy.surgePenalty());
                    }
                });
                bedRows.put(h * CareNeed.values().length + need.ordinal(), row);
            }
        }
        return bedRows;
    }
}
