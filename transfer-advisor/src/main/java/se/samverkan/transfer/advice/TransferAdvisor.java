package se.samverkan.transfer.advice;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.transfer.cost.CostModel;
import se.samverkan.transfer.cost.ModeCost;
import se.samverkan.transfer.cost.PricedTrip;
import se.samverkan.transfer.hospital.HospitalDirectory;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.TransferMode;
import se.samverkan.transfer.model.TransferRequest;

/**
 * Lowest effective care level: assesses every transport mode for a transfer and ranks the adequate ones by
 * cost (then arrival). A mode is adequate when the region has it, it serves the patient's need, it may take
 * the priority, it can make the journey and it arrives by the latest time.
 *
 * <p>Time: the mode leaves {@code dispatchMinutes} after the patient is ready ({@code earliest}); a scheduled
 * mode leaves at its next departure after that. It arrives after the travel-time model's minutes (blue lights
 * only for emergency modes at prio 1). Cost: see {@link TripCost}; the staff's return is the empty trip back
 * in normal traffic.
 */
public final class TransferAdvisor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final TravelTimeModel travel;
    private final HospitalDirectory hospitals;

    public TransferAdvisor(TravelTimeModel travel, HospitalDirectory hospitals) {
        this.travel = Objects.requireNonNull(travel, "travel");
        this.hospitals = Objects.requireNonNull(hospitals, "hospitals");
    }

    public HospitalDirectory hospitals() {
        return hospitals;
    }

    public Advice advise(TransferRequest request, CostModel costs) {
        GeoPoint from = hospitals.locate(request.from(), "from");
        GeoPoint to = hospitals.locate(request.to(), "to");
        List<ModeOption> adequate = new ArrayList<>();
        List<ModeOption> ruledOut = new ArrayList<>();
        for (TransferMode mode : TransferMode.values()) {
            ModeOption option = assess(mode, from, to, request, costs);
            (option.adequate() ? adequate : ruledOut).add(option);
        }
        adequate.sort(Comparator.comparingDouble((ModeOption o) -> o.cost().totalSek())
                .thenComparing(ModeOption::arrival)
                .thenComparing(ModeOption::mode));
        String none = adequate.isEmpty() ? noAdequateMode(request, costs) : null;
        return new Advice(request, hospitals.describe(request.from()), hospitals.describe(request.to()),
                costs.region(), adequate, ruledOut, none);
    }

    /** One mode for one transfer between two resolved positions. */
    public ModeOption assess(TransferMode mode, GeoPoint from, GeoPoint to, TransferRequest request, CostModel costs) {
        Optional<ModeCost> configured = costs.mode(mode);
        if (configured.isEmpty()) {
            return new ModeOption(mode, List.of("not available in the cost model of region " + costs.region()),
                    null, null, Double.NaN, Double.NaN, null, 0);
        }
        ModeCost cost = configured.get();
        List<String> reasons = new ArrayList<>();
        if (!cost.needs().contains(request.need())) {
            reasons.add("not medically adequate for " + request.need().description() + " (it serves "
                    + needsInWords(cost.needs()) + ")");
        }
        if (!cost.priorities().contains(request.priority())) {
            reasons.add("does not take " + request.priority().description() + " transfers");
        }
        PricedTrip trip = PricedTrip.of(travel, mode, cost, from, to, request.priority());
        if (!trip.reachable()) {
            reasons.add("cannot make the journey: " + (trip.outbound().reason() == null ? "no route" : trip.outbound().reason()));
            return new ModeOption(mode, reasons, null, null, Double.NaN, Double.NaN, null, cost.fixedAnnualSek());
        }
        TravelEstimate out = trip.outbound();
        LocalDateTime departure = departure(cost, request.earliest());
        // Whole minutes, rounded up: coordinators plan in minutes, and early is the wrong side to round to.
        LocalDateTime arrival = departure.plusMinutes((long) Math.ceil(out.minutes() - 1e-9));
        if (arrival.isAfter(request.latest())) {
            reasons.add("too late: arrives " + TIME.format(arrival) + ", the transfer must arrive by "
                    + TIME.format(request.latest()));
        }
        return new ModeOption(mode, reasons, departure, arrival, out.minutes(), out.kilometres(),
                trip.cost(), cost.fixedAnnualSek());
    }

    /** On demand: ready time plus dispatch. Scheduled: the first departure at or after that. */
    static LocalDateTime departure(ModeCost cost, LocalDateTime ready) {
        LocalDateTime earliestDeparture = ready.plusMinutes((long) Math.ceil(cost.dispatchMinutes() - 1e-9));
        if (!cost.scheduled()) {
            return earliestDeparture;
        }
        for (int day = 0; day <= 1; day++) {
            for (LocalTime time : cost.departures()) {
                LocalDateTime candidate = earliestDeparture.toLocalDate().plusDays(day).atTime(time);
                if (!candidate.isBefore(earliestDeparture)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("a schedule with departures always has one within two days");
    }

    private static String noAdequateMode(TransferRequest request, CostModel costs) {
        Set<TransferMode> serving = EnumSet.noneOf(TransferMode.class);
        for (TransferMode mode : TransferMode.values()) {
            costs.mode(mode).filter(c -> c.needs().contains(request.need())).ifPresent(c -> serving.add(mode));
        }
        if (serving.isEmpty()) {
            return "No transport mode in the cost model of region " + costs.region() + " is medically adequate for "
                    + request.need().description() + ".";
        }
        return "The modes medically adequate for " + request.need().description() + " ("
                + serving.stream().map(TransferMode::label).collect(Collectors.joining(", "))
                + ") cannot take this transfer at " + request.priority().description() + " by "
                + TIME.format(request.latest()) + "; see each mode's reason.";
    }

    private static String needsInWords(Set<PatientNeed> needs) {
        return needs.isEmpty() ? "no patients" : needs.stream().sorted().map(PatientNeed::name)
                .collect(Collectors.joining(", "));
    }
}
