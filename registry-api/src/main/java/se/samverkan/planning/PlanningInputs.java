package se.samverkan.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.hospitals.HospitalStatus;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.EmergencyDepartmentState;
import se.samverkan.hospitals.model.FacilityState;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.HealthcareRegions;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planning.model.CasualtyCount;
import se.samverkan.planning.model.Incident;
import se.samverkan.registry.UnitView;
import se.samverkan.registry.Vocabulary;

/**
 * How registry records become the planner's input. Pure functions, one rule each, so the mapping is
 * tested without a container and documented in one place (docs/planning-api.md):
 * <ul>
 * <li>a unit's transport mode is its kind's mode in the capability vocabulary ({@code resource_kind.transport_mode});
 * kinds that carry no patients (physician and assessment cars, mobile teams) are left out;</li>
 * <li>care level: NONE, BASIC, ADVANCED, INTENSIVE as they are; SPECIALIST (specialist flight teams) counts as
 * INTENSIVE, the planner's highest;</li>
 * <li>places: lying places as lying; seated places as seated (wheelchair places and incubators are not
 * offered to a mass-casualty plan); a unit with neither is left out;</li>
 * <li>turnaround at the hospital by mode: {@link #turnaroundMinutes};</li>
 * <li>hospital beds per planner care need from the latest capacity report: TRAUMA ← MAJOR_TRAUMA, BURNS ←
 * BURNS, INTENSIVE_CARE ← ICU_ADULT, PAEDIATRIC ← PAEDIATRIC, NEUROSURGERY ← NEUROSURGERY, GENERAL ←
 * GENERAL_WARD; {@code available} as available, surge = additional within 24 h (the planner's surge, opened at
 * the policy's allowance and penalty). ICU_PAEDIATRIC, ICU_NEONATAL and PSYCHIATRIC beds are not offered.</li>
 * </ul>
 */
public final class PlanningInputs {

    private PlanningInputs() {
    }

    /** Minutes at the hospital (handover, cleaning) before a unit of the mode can leave again. */
    public static double turnaroundMinutes(TransportMode mode) {
        return switch (mode) {
            case ROAD_AMBULANCE -> 15;
            case AMBULANCE_BUS -> 20;
            case TAXI -> 10;
            case HELICOPTER -> 20;
            case FIXED_WING -> 30;
        };
    }

    /** The transport mode of a kind, or empty when units of the kind carry no patients. */
    public static Optional<TransportMode> mode(Vocabulary.Kind kind) {
        if (kind == null || !kind.carriesPatients() || kind.transportMode() == null) {
            return Optional.empty();
        }
        return Optional.of(TransportMode.valueOf(kind.transportMode()));
    }

    public static CareLevel careLevel(String registryCareLevel) {
        return switch (registryCareLevel) {
            case "NONE" -> CareLevel.NONE;
            case "BASIC" -> CareLevel.BASIC;
            case "ADVANCED" -> CareLevel.ADVANCED;
            case "INTENSIVE", "SPECIALIST" -> CareLevel.INTENSIVE;
            default -> throw new IllegalArgumentException("unknown care level " + registryCareLevel);
        };
    }

    /** The registry's care category that holds the beds of a planner care need. */
    public static CareCategory category(CareNeed need) {
        return switch (need) {
            case TRAUMA -> CareCategory.MAJOR_TRAUMA;
            case BURNS -> CareCategory.BURNS;
            case INTENSIVE_CARE -> CareCategory.ICU_ADULT;
            case PAEDIATRIC -> CareCategory.PAEDIATRIC;
            case NEUROSURGERY -> CareCategory.NEUROSURGERY;
            case GENERAL -> CareCategory.GENERAL_WARD;
        };
    }

    /** A planner unit for a registry unit, or the reason it cannot be one. */
    public record UnitOutcome(TransportUnit unit, String exclusion) {
    }

    public static UnitOutcome unit(UnitView u, Vocabulary.Kind kind, Instant start) {
        Optional<TransportMode> mode = mode(kind);
        if (mode.isEmpty()) {
            return new UnitOutcome(null, "kind " + u.kind() + " carries no patients");
        }
        if (u.position() == null) {
            return new UnitOutcome(null, "has no position");
        }
        GeoPoint at = new GeoPoint(u.position().latitude(), u.position().longitude());
        if (!inPlanningArea(at)) {
            return new UnitOutcome(null, String.format(Locale.ROOT, "stands at (%.4f, %.4f), far outside Sweden",
                    at.latitude(), at.longitude()));
        }
        int lying = u.capacity().lying();
        int seated = u.capacity().seated();
        if (lying == 0 && seated == 0) {
            return new UnitOutcome(null, "has no lying or seated place");
        }
        // The home region decides which dispatch centre sends the unit in the regional baselines (decision 0005);
        // the registry requires one, a code the planner does not know is treated as none (nobody's own unit).
        String homeRegion = HealthcareRegions.isCounty(u.homeRegion()) ? u.homeRegion() : null;
        return new UnitOutcome(new TransportUnit(u.id().toString(), mode.get(), at, lying, seated, careLevel(u.careLevel()),
                start, turnaroundMinutes(mode.get()), homeRegion), null);
    }

    /** A planner hospital for a hospital and its current capacity, or the reason it cannot be one. */
    public record HospitalOutcome(Hospital hospital, String exclusion) {
    }

    public static HospitalOutcome hospital(HospitalStatus status, boolean useStale) {
        var h = status.hospital();
        if (status.capacity().isEmpty()) {
            return new HospitalOutcome(null, "has never reported capacity");
        }
        CapacityReport report = status.capacity().get();
        if (report.facilityState() == FacilityState.CLOSED || report.facilityState() == FacilityState.EVACUATING) {
            return new HospitalOutcome(null, "is " + report.facilityState() + " (report of " + report.reportedAt() + ")");
        }
        if (report.emergencyDepartment() == EmergencyDepartmentState.CLOSED) {
            return new HospitalOutcome(null, "has its emergency department CLOSED (report of " + report.reportedAt() + ")");
        }
        if (status.stale() && !useStale) {
            return new HospitalOutcome(null, "has stale capacity (report of " + report.reportedAt()
                    + ") and the request asked for fresh capacity only");
        }
        if (!HealthcareRegions.isCounty(h.regionCode())) {
            return new HospitalOutcome(null, "lies in no Swedish county (" + h.regionCode() + ")");
        }
        if (!inPlanningArea(h.position())) {
            return new HospitalOutcome(null, "lies far outside Sweden");
        }
        Map<CareNeed, BedCapacity> beds = beds(report);
        if (beds.isEmpty()) {
            return new HospitalOutcome(null, "reports no beds in the categories planned for");
        }
        return new HospitalOutcome(new Hospital(h.code().value(), h.name(), h.position(), h.regionCode(), beds), null);
    }

    /** Beds per planner care need from a report; needs without any bed (available and surge 0) are left out. */
    public static Map<CareNeed, BedCapacity> beds(CapacityReport report) {
        Map<CareNeed, BedCapacity> out = new EnumMap<>(CareNeed.class);
        for (CareNeed need : CareNeed.values()) {
            report.beds(category(need)).ifPresent(b -> {
                if (b.available() > 0 || b.additional24h() > 0) {
                    out.put(need, new BedCapacity(b.available(), b.additional24h()));
                }
            });
        }
        return out;
    }

    /** The casualty group id of one (triage, care need, posture) of an incident. */
    public static String groupId(UUID incident, CasualtyCount c) {
        return incident + "/" + c.triage() + "-" + c.careNeed() + "-" + (c.lying() ? "LYING" : "SEATED");
    }

    /** The incident's casualties as planner groups (entries with count 0 are left out). */
    public static List<CasualtyGroup> groups(Incident incident) {
        List<CasualtyGroup> out = new ArrayList<>();
        for (CasualtyCount c : incident.casualties()) {
            if (c.count() == 0) {
                continue;
            }
            out.add(new CasualtyGroup(groupId(incident.id(), c), incident.location(), incident.regionCode(), c.count(),
                    c.triage(), c.careNeed(), c.lying(), c.readyAt().orElse(incident.readyAt())));
        }
        return out;
    }

    public static boolean inPlanningArea(GeoPoint p) {
        return p.latitude() >= JsonInput.MIN_LAT && p.latitude() <= JsonInput.MAX_LAT
                && p.longitude() >= JsonInput.MIN_LON && p.longitude() <= JsonInput.MAX_LON;
    }
}
