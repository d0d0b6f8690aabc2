package se.samverkan.transfer.advice;

import java.util.List;
import java.util.Optional;
import se.samverkan.transfer.model.TransferRequest;

/**
 * The answer for one transfer: the cheapest adequate mode first ({@link #recommended}), the other adequate
 * modes by cost ({@link #alternatives}), and the modes ruled out with the reason for each. When no mode is
 * adequate, {@link #noAdequateModeReason} says why in one sentence.
 *
 * @param fromName the origin as a person reads it (hospital name and code, or the coordinates)
 * @param region   the county code whose cost model priced the options, or {@code default}
 */
public record Advice(TransferRequest request, String fromName, String toName, String region,
                     List<ModeOption> adequate, List<ModeOption> ruledOut, String noAdequateModeReason) {

    public Advice {
        adequate = List.copyOf(adequate);
        ruledOut = List.copyOf(ruledOut);
    }

    public Optional<ModeOption> recommended() {
        return adequate.stream().findFirst();
    }

    public List<ModeOption> alternatives() {
        return adequate.isEmpty() ? List.of() : adequate.subList(1, adequate.size());
    }
}
