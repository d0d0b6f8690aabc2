package se.samverkan.hospitals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkan.hospitals.have.HaveCodec;
import se.samverkan.hospitals.have.HaveHospital;
import se.samverkan.hospitals.have.InvalidHaveDocument;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.Hospital;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.hospitals.model.ReportSource;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;

/**
 * EDXL-HAVE exchange: a hospital's current report out as a HospitalStatus document, and documents in as
 * capacity reports — all hospitals of a document or none, with the same rights and rules as the JSON API.
 */
@ApplicationScoped
public class HaveExchange {

    private final HaveCodec codec = new HaveCodec();

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CapacityReporting reporting;

    public String export(HospitalCode code) {
        Hospital hospital = em.find(Hospital.class, code.value());
        if (hospital == null || hospital.isDeleted()) {
            throw HospitalProblems.unknownHospital(code.value());
        }
        CapacityReport report = Optional.ofNullable(reporting.current(List.of(code.value())).get(code.value()))
                .orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND, "No capacity reported",
                        "Hospital " + code + " has never reported its capacity."));
        return codec.write(List.of(new HaveHospital(code, hospital.name(), report.toDraft())));
    }

    @Transactional
    public List<CapacityReport> importDocument(byte[] document, Caller caller) {
        List<HaveHospital> hospitals;
        try {
            hospitals = codec.read(document);
        } catch (InvalidHaveDocument e) {
            throw new ProblemException(new Problem(HospitalProblems.INVALID_EDXL_HAVE, "Invalid EDXL-HAVE document", 400,
                    e.getMessage(), null, List.of(new Problem.FieldError("document", e.getMessage()))));
        }
        List<CapacityReport> stored = new ArrayList<>();
        for (HaveHospital h : hospitals) {
            stored.add(reporting.report(h.code(), h.status(), caller, ReportSource.EDXL_HAVE));
        }
        return stored;
    }
}
