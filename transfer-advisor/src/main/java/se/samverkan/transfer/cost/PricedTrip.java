package se.samverkan.transfer.cost;

import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

/**
 * A trip by one mode with its travel estimate and cost; {@code cost} is null when the mode cannot make the
 * journey ({@code outbound.reason()} says why). The outbound trip uses blue lights only for emergency modes
 * at prio 1; the staff's return is the empty trip back in normal traffic.
 */
public record PricedTrip(TravelEstimate outbound, TripCost cost) {

    public static PricedTrip of(TravelTimeModel travel, TransferMode mode, ModeCost modeCost, GeoPoint from,
                                GeoPoint to, Priority priority) {
        TravelEstimate out = travel.estimate(from, to, mode.travelMode(), mode.urgencyAt(priority));
        if (!out.reachable()) {
            return new PricedTrip(out, null);
        }
        TravelEstimate back = travel.estimate(to, from, mode.travelMode(), Urgency.NON_URGENT);
        double returnMinutes = back.reachable() ? back.minutes() : out.minutes();
        return new PricedTrip(out, TripCost.of(modeCost, out.minutes(), returnMinutes, out.kilometres()));
    }

    public boolean reachable() {
        return cost != null;
    }
}
