package se.samverkan.planner.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.TransportUnit;

/**
 * Local improvement of the dispatcher's trips, first improvement until no move helps or time runs out:
 * <ul>
 * <li>send a trip to another hospital with free beds (the unit's later trips are retimed);</li>
 * <li>move a trip to another unit, at any place in its list (nearby units only);</li>
 * <li>swap two consecutive trips of a unit.</li>
 * </ul>
 * Every move is evaluated exactly on the units it touches (weighted minutes, region and surge penalties).
 */
final class Improvement {

    private static final double EPS = 1e-6;
    private static final int NEAR_HOSPITALS = 12;
    private static final int NEAR_UNITS = 40;

    private final Dispatcher d;
    private final long deadline;
    private final BooleanSupplier cancelled;
    private final int[][] nearHospitals; // per source
    private final int[][] nearUnits; // per source
    int moves;

    Improvement(Dispatcher d, long deadlineNanos, BooleanSupplier cancelled) {
        this.d = d;
        this.deadline = deadlineNanos;
        this.cancelled = cancelled;
        TravelTables tt = d.tt;
        nearHospitals = new int[tt.sourceCount][];
        nearUnits = new int[tt.sourceCount][];
        for (int s = 0; s < tt.sourceCount; s++) {
            final int src = s;
            Integer[] hs = new Integer[tt.hospitalCount];
            double[] best = new double[tt.hospitalCount];
            for (int h = 0; h < tt.hospitalCount; h++) {
                hs[h] = h;
                best[h] = Double.POSITIVE_INFINITY;
                for (var m : TravelTables.MODES) {
                    best[h] = Math.min(best[h], tt.ride(m, src, h));
                }
            }
            Arrays.sort(hs, Comparator.comparingDouble(h -> best[h]));
            nearHospitals[s] = Arrays.stream(hs).limit(NEAR_HOSPITALS).mapToInt(Integer::intValue).toArray();
            Integer[] us = new Integer[d.unitCount];
            for (int u = 0; u < d.unitCount; u++) {
                us[u] = u;
            }
            Arrays.sort(us, Comparator.comparingDouble(u -> d.startFree[u] + d.leg(u, d.startAt[u], src)));
            nearUnits[s] = Arrays.stream(us).limit(NEAR_UNITS).mapToInt(Integer::intValue).toArray();
        }
    }

    private boolean timeLeft() {
        return System.nanoTime() < deadline && !cancelled.getAsBoolean();
    }

    void run() {
        boolean improved = true;
        while (improved && timeLeft()) {
            improved = false;
            for (int u = 0; u < d.unitCount && timeLeft(); u++) {
                improved |= swapConsecutive(u);
                for (int i = 0; i < d.drafts.get(u).size() && timeLeft(); i++) {
                    improved |= changeHospital(u, i);
                    improved |= relocate(u, i);
                }
            }
        }
    }

    private boolean changeHospital(int u, int index) {
        Dispatcher.Draft trip = d.drafts.get(u).get(index);
        int from = trip.hospital;
        double before = d.unitCost(u);
        for (int h : nearHospitals[trip.source]) {
            if (h == from || !fits(trip, h)) {
                continue;
            }
            double surge = moveBeds(trip, from, h);
            trip.hospital = h;
            boolean ok = d.retime(u);
            double delta = ok ? d.unitCost(u) - before + surge : Double.POSITIVE_INFINITY;
            if (delta < -EPS) {
                moves++;
                return true;
            }
            moveBeds(trip, h, from);
            trip.hospital = from;
            d.retime(u);
        }
        return false;
    }

    private boolean fits(Dispatcher.Draft trip, int h) {
        int[] need = new int[CareNeed.values().length];
        for (int[] s : trip.slices) {
            need[d.groups.get(s[0]).careNeed().ordinal()] += s[1];
        }
        for (int c = 0; c < need.length; c++) {
            if (need[c] > 0 && d.used[h][c] + need[c] > d.capacity(h, c)) {
                return false;
            }
        }
        return true;
    }

    /** Moves the trip's beds from one hospital to another; returns the change in surge cost. */
    private double moveBeds(Dispatcher.Draft trip, int from, int to) {
        double cost = 0;
        for (int[] s : trip.slices) {
            int c = d.groups.get(s[0]).careNeed().ordinal();
            cost += d.surgeCost(from, c, -s[1]);
            d.used[from][c] -= s[1];
            cost += d.surgeCost(to, c, s[1]);
            d.used[to][c] += s[1];
        }
        return cost;
    }

    private boolean carries(int v, Dispatcher.Draft trip) {
        TransportUnit unit = d.tt.unit(v);
        for (int[] s : trip.slices) {
            if (!unit.careLevel().covers(d.required[s[0]])) {
                return false;
            }
        }
        return trip.count(true, d.groups) <= unit.lyingPlaces() && trip.count(false, d.groups) <= unit.seatedPlaces();
    }

    private boolean relocate(int u, int index) {
        List<Dispatcher.Draft> own = d.drafts.get(u);
        Dispatcher.Draft trip = own.get(index);
        double beforeU = d.unitCost(u);
        own.remove(index);
        d.retime(u);
        double gain = d.unitCost(u) - beforeU;
        for (int v : nearUnits[trip.source]) {
            if (v == u || !carries(v, trip)) {
                continue;
            }
            List<Dispatcher.Draft> other = d.drafts.get(v);
            double beforeV = d.unitCost(v);
            for (int pos = 0; pos <= other.size(); pos++) {
                other.add(pos, trip);
                trip.unit = v;
                boolean ok = d.retime(v);
                if (ok && d.unitCost(v) - beforeV + gain < -EPS) {
                    moves++;
                    return true;
                }
                other.remove(pos);
            }
            d.retime(v);
        }
        own.add(index, trip);
        trip.unit = u;
        d.retime(u);
        return false;
    }

    private boolean swapConsecutive(int u) {
        List<Dispatcher.Draft> list = d.drafts.get(u);
        boolean any = false;
        for (int i = 0; i + 1 < list.size(); i++) {
            double before = d.unitCost(u);
            java.util.Collections.swap(list, i, i + 1);
            if (d.retime(u) && d.unitCost(u) < before - EPS) {
                moves++;
                any = true;
            } else {
                java.util.Collections.swap(list, i, i + 1);
                d.retime(u);
            }
        }
        return any;
    }

    static List<Integer> unitsWithTrips(Dispatcher d) {
        List<Integer> out = new ArrayList<>();
        for (int u = 0; u < d.unitCount; u++) {
            if (!d.drafts.get(u).isEmpty()) {
                out.add(u);
            }
        }
        return out;
    }
}
