package se.samverkan.hospitals;

import java.util.Optional;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/**
 * Who may report a hospital's capacity or change a receiving facility. Plain Java, so the rule is
 * unit-tested without a container.
 */
public final class ReportingRights {

    private ReportingRights() {
    }

    /**
     * The national cell for any hospital; a region editor for the hospitals of their region; a hospital
     * reporter only for the one hospital their token's {@code hospital} claim names.
     */
    public static boolean mayReport(Caller caller, Optional<String> boundHospital, HospitalCode hospital) {
        if (caller.mayEditRegion(hospital.regionCode())) {
            return true;
        }
        return caller.hasRole(Roles.HOSPITAL_REPORTER) && boundHospital.map(hospital.value()::equals).orElse(false);
    }

    /** Receiving facilities are registry data: the national cell, or a region editor in their own region. */
    public static boolean mayEditFacility(Caller caller, HospitalCode facility) {
        return caller.mayEditRegion(facility.regionCode());
    }
}
