package se.samverkan.hospitals.have;

import java.util.Objects;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.HospitalCode;

/** One {@code Hospital} element of an EDXL-HAVE document: which hospital, its name, and its reported status. */
public record HaveHospital(HospitalCode code, String name, CapacityDraft status) {

    public HaveHospital {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
