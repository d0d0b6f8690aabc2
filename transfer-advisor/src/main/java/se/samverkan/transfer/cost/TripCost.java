package se.samverkan.transfer.cost;

/**
 * The cost of one transport by one mode, broken down so a coordinator can check it by hand.
 * {@code total = charge + distanceCost + staffCost}; the mode's fixed annual cost is not part of it.
 *
 * @param chargeSek     the charge per transport
 * @param kilometres    kilometres paid for (one way, or there and back when the return leg counts)
 * @param distanceCost  kilometres × cost per km
 * @param staffHours    staff × hours door to door (out, waiting, return)
 * @param staffCost     staff hours × cost per staff hour
 */
public record TripCost(double chargeSek, double kilometres, double distanceCost, double staffHours, double staffCost) {

    public double totalSek() {
        return chargeSek + distanceCost + staffCost;
    }

    /**
     * @param outboundMinutes the trip with the patient
     * @param returnMinutes   the empty return to base
     * @param oneWayKm        the distance with the patient
     */
    public static TripCost of(ModeCost mode, double outboundMinutes, double returnMinutes, double oneWayKm) {
        double km = mode.countReturnLeg() ? 2 * oneWayKm : oneWayKm;
        double hours = mode.staff() * (outboundMinutes + mode.waitingMinutes() + returnMinutes) / 60.0;
        return new TripCost(mode.chargePerTransportSek(), km, km * mode.costPerKmSek(), hours, hours * mode.staffHourSek());
    }
}
