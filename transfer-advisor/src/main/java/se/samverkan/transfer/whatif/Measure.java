package se.samverkan.transfer.whatif;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

/**
 * One measure of a policy: transfers that match ({@code priorities}, {@code needs}, {@code modesUsed}; an
 * empty set matches all) go by {@code use} instead, when that mode is medically adequate and allowed at the
 * priority in the cost model, can make the journey and, with {@code maxTripHours}, its trip is under that
 * many hours.
 */
public record Measure(String name, Set<Priority> priorities, Set<PatientNeed> needs, Set<TransferMode> modesUsed,
                      TransferMode use, OptionalDouble maxTripHours) {

    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(use, "use");
        priorities = Set.copyOf(priorities);
        needs = Set.copyOf(needs);
        modesUsed = Set.copyOf(modesUsed);
        if (maxTripHours.isPresent() && !(maxTripHours.getAsDouble() > 0)) {
            throw new InvalidTransferException("maxTripHours", "must be more than 0 hours, was " + maxTripHours.getAsDouble());
        }
    }

    public boolean matches(TransferRecord transfer) {
        return transfer.modeUsed() != use
                && (priorities.isEmpty() || priorities.contains(transfer.priority()))
                && (needs.isEmpty() || needs.contains(transfer.need()))
                && (modesUsed.isEmpty() || modesUsed.contains(transfer.modeUsed()));
    }
}
