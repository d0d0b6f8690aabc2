package se.samverkan.gis.travel;

import java.util.Objects;

/**
 * One estimated journey: minutes door to door (from the moment the unit is tasked at {@code from} until it
 * stands at {@code to} with the patient handed over) and the distance travelled in kilometres.
 * {@code reachable} is false when the mode cannot make the journey at all (for example no usable airport);
 * {@code reason} then says why in words a coordinator understands.
 */
public record TravelEstimate(TransportMode mode, boolean reachable, double minutes, double kilometres, String reason) {

    public TravelEstimate {
        Objects.requireNonNull(mode, "mode");
        if (reachable && (!(minutes >= 0) || !(kilometres >= 0))) {
            throw new IllegalArgumentException("a reachable estimate needs non-negative minutes and kilometres");
        }
    }

    public static TravelEstimate of(TransportMode mode, double minutes, double kilometres) {
        return new TravelEstimate(mode, true, minutes, kilometres, null);
    }

    public static TravelEstimate unreachable(TransportMode mode, String reason) {
        return new TravelEstimate(mode, false, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, reason);
    }
}
