package se.samverkan.transfer.advice;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.samverkan.transfer.cost.TripCost;
import se.samverkan.transfer.model.TransferMode;

/**
 * One transport mode assessed for one transfer. When the mode could make the trip, departure, arrival,
 * minutes, kilometres and cost are known even if it is ruled out (for example too late), so a coordinator
 * can see what it would have taken; {@code reasons} is empty exactly when the mode is adequate.
 *
 * @param fixedAnnualSek the mode's fixed yearly cost in this region, reported apart from the trip's cost
 */
public record ModeOption(TransferMode mode, List<String> reasons, LocalDateTime departure, LocalDateTime arrival,
                         double travelMinutes, double kilometres, TripCost cost, double fixedAnnualSek) {

    public ModeOption {
        reasons = List.copyOf(reasons);
    }

    public boolean adequate() {
        return reasons.isEmpty();
    }

    public Optional<TripCost> tripCost() {
        return Optional.ofNullable(cost);
    }

    /** The reasons in one sentence. */
    public String reason() {
        return String.join("; ", reasons);
    }
}
