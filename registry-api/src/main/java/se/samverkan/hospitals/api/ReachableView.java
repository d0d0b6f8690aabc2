package se.samverkan.hospitals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.samverkan.hospitals.Reachability;

/** A hospital that can take the patient, with estimated minutes and kilometres to get there. */
@JsonbPropertyOrder({"minutes", "kilometres", "mode", "hospital"})
public record ReachableView(double minutes, double kilometres, String mode, HospitalView hospital) {

    static ReachableView of(Reachability.Reachable r) {
        return new ReachableView(Math.round(r.estimate().minutes() * 10) / 10.0,
                Math.round(r.estimate().kilometres() * 10) / 10.0, r.estimate().mode().name(), HospitalView.of(r.status()));
    }
}
