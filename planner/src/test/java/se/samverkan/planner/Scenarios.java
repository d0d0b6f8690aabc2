package se.samverkan.planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.samverkan.gis.travel.TransportMode;

/** Small hand-made problems on {@link LineTravelTimes}, built fluently. Everything in county 23 unless told. */
public final class Scenarios {

    public static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    private final List<CasualtyGroup> groups = new ArrayList<>();
    private final List<Hospital> hospitals = new ArrayList<>();
    private final List<TransportUnit> units = new ArrayList<>();
    private Policy policy = Policy.defaults();

    public static Scenarios scenario() {
        return new Scenarios();
    }

    public Scenarios patients(String id, double at, int count, Triage triage, CareNeed need, boolean lying) {
        return patients(id, at, "23", count, triage, need, lying, 0);
    }

    public Scenarios patients(String id, double at, String region, int count, Triage triage, CareNeed need,
                              boolean lying, double readyMinutes) {
        groups.add(new CasualtyGroup(id, LineTravelTimes.at(at), region, count, triage, need, lying,
                T0.plusSeconds(Math.round(readyMinutes * 60))));
        return this;
    }

    public Scenarios hospital(String id, double at, String region, CareNeed need, int available, int surge) {
        Map<CareNeed, BedCapacity> beds = new EnumMap<>(CareNeed.class);
        beds.put(need, new BedCapacity(available, surge));
        hospitals.add(new Hospital(id, id, LineTravelTimes.at(at), region, beds));
        return this;
    }

    public Scenarios hospital(String id, double at, CareNeed need, int available) {
        return hospital(id, at, "23", need, available, 0);
    }

    public Scenarios unit(String id, TransportMode mode, double at, int lying, int seated, CareLevel level, double turnaround) {
        return unit(id, mode, at, lying, seated, level, turnaround, 0, "23");
    }

    /** A unit free from {@code availableMinutes} whose home region is {@code homeRegion} (null: not known). */
    public Scenarios unit(String id, TransportMode mode, double at, int lying, int seated, CareLevel level, double turnaround,
                          double availableMinutes, String homeRegion) {
        units.add(new TransportUnit(id, mode, LineTravelTimes.at(at), lying, seated, level,
                T0.plusSeconds(Math.round(availableMinutes * 60)), turnaround, homeRegion));
        return this;
    }

    /** A road ambulance (1 lying, 2 seated, advanced care, no turnaround) of a home region, free from a given minute. */
    public Scenarios ambulance(String id, double at, String homeRegion, double availableMinutes) {
        return unit(id, TransportMode.ROAD_AMBULANCE, at, 1, 2, CareLevel.ADVANCED, 0, availableMinutes, homeRegion);
    }

    public Scenarios ambulance(String id, double at) {
        return unit(id, TransportMode.ROAD_AMBULANCE, at, 1, 2, CareLevel.ADVANCED, 0);
    }

    public Scenarios policy(Policy p) {
        this.policy = p;
        return this;
    }

    public PlanningProblem build() {
        return new PlanningProblem(T0, groups, hospitals, units, policy);
    }
}
