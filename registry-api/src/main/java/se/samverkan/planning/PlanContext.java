package se.samverkan.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry facts behind a planning problem, stored beside it: which registry unit each planner unit is
 * (call sign, kind, the version it had, whether it is sensitive), which hospital (name, stale capacity), which
 * incident each casualty group belongs to, and what was left out of the problem and why. The planner knows
 * only ids; this is what turns its plan into something a coordinator reads, and what acceptance checks.
 */
public record PlanContext(List<UnitRef> units, List<HospitalRef> hospitals, List<GroupRef> groups,
                          List<Exclusion> excludedUnits, List<Exclusion> excludedHospitals, List<String> notes) {

    public PlanContext {
        units = List.copyOf(units);
        hospitals = List.copyOf(hospitals);
        groups = List.copyOf(groups);
        excludedUnits = List.copyOf(excludedUnits);
        excludedHospitals = List.copyOf(excludedHospitals);
        notes = List.copyOf(notes);
    }

    /** A registry unit in the problem: planner id = registry id. */
    public record UnitRef(String id, String callSign, String kind, String mode, String homeRegion, String careLevel,
                          long version, boolean sensitive) {
    }

    /** A hospital in the problem: planner id = hospital code. {@code reportedAt} of the capacity used. */
    public record HospitalRef(String code, String name, String region, boolean stale, String reportedAt) {
    }

    /** A casualty group of the problem and the incident it comes from (null for casualties a re-plan added). */
    public record GroupRef(String groupId, String incidentId, String incidentName, String triage, String careNeed,
                           boolean lying) {
    }

    /** Something the registry holds that the problem leaves out, and why. */
    public record Exclusion(String id, String name, String reason) {
    }

    public Map<String, UnitRef> unitsById() {
        Map<String, UnitRef> out = new HashMap<>();
        units.forEach(u -> out.put(u.id(), u));
        return out;
    }

    public Map<String, HospitalRef> hospitalsByCode() {
        Map<String, HospitalRef> out = new HashMap<>();
        hospitals.forEach(h -> out.put(h.code(), h));
        return out;
    }

    public Map<String, GroupRef> groupsById() {
        Map<String, GroupRef> out = new HashMap<>();
        groups.forEach(g -> out.put(g.groupId(), g));
        return out;
    }

    public Optional<UnitRef> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public boolean sensitive() {
        return units.stream().anyMatch(UnitRef::sensitive);
    }

    /** The same facts with more casualty groups (a re-plan's new casualties). */
    public PlanContext withGroups(List<GroupRef> more) {
        List<GroupRef> all = new java.util.ArrayList<>(groups);
        all.addAll(more);
        return new PlanContext(units, hospitals, all, excludedUnits, excludedHospitals, notes);
    }
}
