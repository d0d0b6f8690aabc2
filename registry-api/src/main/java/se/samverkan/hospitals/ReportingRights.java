package se.samverkan.hospitals;

import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.platform.security.Caller;

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
    public static boolean mayReport(Caller caller, HospitalCode hospital) {
        return caller.mayEditRegion(hospital.regionCode()) || caller.mayReportForHospital(hospital.value());
    }

    /** Receiving facilities are registry data: the national cell, or a region editor in their own region. */
    public static boolean mayEditFacility(Caller caller, HospitalCode facility) {
        return caller.mayEditRegion(facility.regionCode());
    }
}
