package se.samverkan.transfer.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.transfer.cost.CostModel;
import se.samverkan.transfer.cost.ModeCost;
import se.samverkan.transfer.cost.PricedTrip;
import se.samverkan.transfer.cost.TripCost;
import se.samverkan.transfer.hospital.HospitalDirectory;
import se.samverkan.transfer.model.TransferMode;

/**
 * Replays logged transfers under a policy. A transfer's cost before is the logged cost or, when the log has
 * none, the cost model's cost of the mode used; its cost after is the cost model's cost of the new mode.
 * Staff hours come from the cost model for both. The log has dates, not times, so time windows are not
 * checked here; a measure's {@code maxTripHours} is the limit a region sets instead.
 */
public final class WhatIfAnalysis {

    private final TravelTimeModel travel;
    private final HospitalDirectory hospitals;
    private final CostModel costs;

    public WhatIfAnalysis(TravelTimeModel travel, HospitalDirectory hospitals, CostModel costs) {
        this.travel = Objects.requireNonNull(travel, "travel");
        this.hospitals = Objects.requireNonNull(hospitals, "hospitals");
        this.costs = Objects.requireNonNull(costs, "costs");
    }

    /** A transfer as it was made: cost before and staff hours of the mode used. */
    private record Baseline(TransferRecord transfer, GeoPoint from, GeoPoint to, double costSek, double staffHours) {
    }

    /** The same transfer by another mode, or why not. */
    private record Alternative(TripCost cost, double minutes, String refusal) {
    }

    public WhatIfReport run(List<TransferRecord> transfers, Policy policy) {
        List<Baseline> baselines = baselines(transfers);
        List<MeasureEffect> effects = new ArrayList<>();
        for (Measure measure : policy.measures()) {
            effects.add(apply(List.of(measure), baselines, measure.name()));
        }
        MeasureEffect combined = apply(policy.measures(), baselines, "all measures together");
        double yearCost = baselines.stream().mapToDouble(Baseline::costSek).sum();
        return new WhatIfReport(costs.region(), transfers.size(), yearCost, effects, combined);
    }

    /** Everything that can fail on a row is checked before anything is summed. */
    private List<Baseline> baselines(List<TransferRecord> transfers) {
        List<RowError> errors = new ArrayList<>();
        List<Baseline> result = new ArrayList<>();
        for (TransferRecord t : transfers) {
            GeoPoint from = hospitals.locate(t.from(), "from");
            GeoPoint to = hospitals.locate(t.to(), "to");
            Alternative used = trip(t, from, to, t.modeUsed(), false);
            if (t.costSek().isEmpty() && used.cost() == null) {
                errors.add(new RowError(t.line(), "cost_sek", "is empty and cannot be computed: " + used.refusal()));
                continue;
            }
            double cost = t.costSek().isPresent() ? t.costSek().getAsDouble() : used.cost().totalSek();
            result.add(new Baseline(t, from, to, cost, used.cost() == null ? 0 : used.cost().staffHours()));
        }
        if (!errors.isEmpty()) {
            throw new TransferLogException(errors);
        }
        return result;
    }

    private MeasureEffect apply(List<Measure> measures, List<Baseline> baselines, String name) {
        int matched = 0;
        int moved = 0;
        double before = 0;
        double after = 0;
        double staffAdded = 0;
        Map<String, Integer> notMoved = new LinkedHashMap<>();
        Map<String, Integer> byMeasure = new LinkedHashMap<>();
        measures.forEach(m -> byMeasure.put(m.name(), 0));
        for (Baseline b : baselines) {
            boolean anyMatch = false;
            String lastRefusal = null;
            for (Measure measure : measures) {
                if (!measure.matches(b.transfer())) {
                    continue;
                }
                anyMatch = true;
                Alternative alternative = trip(b.transfer(), b.from(), b.to(), measure.use(), true);
                if (alternative.cost() != null && measure.maxTripHours().isPresent()) {
                    double hours = alternative.minutes() / 60.0;
                    if (!(hours < measure.maxTripHours().getAsDouble())) {
                        alternative = new Alternative(null, Double.NaN, "trip by " + measure.use().label() + " is not under "
                                + trim(measure.maxTripHours().getAsDouble()) + " h");
                    }
                }
                if (alternative.cost() == null) {
                    lastRefusal = alternative.refusal();
                    continue;
                }
                moved++;
                before += b.costSek();
                after += alternative.cost().totalSek();
                staffAdded += alternative.cost().staffHours() - b.staffHours();
                byMeasure.merge(measure.name(), 1, Integer::sum);
                lastRefusal = null;
                break;
            }
            if (anyMatch) {
                matched++;
            }
            if (lastRefusal != null) {
                notMoved.merge(lastRefusal, 1, Integer::sum);
            }
        }
        return new MeasureEffect(name, matched, moved, notMoved, before, after, staffAdded, byMeasure);
    }

    /**
     * The trip by {@code mode}: its cost, or why the mode cannot take it. With {@code checkAdequacy} the mode
     * must also serve the need and the priority (a policy never moves a patient to an inadequate mode).
     */
    private Alternative trip(TransferRecord t, GeoPoint from, GeoPoint to, TransferMode mode, boolean checkAdequacy) {
        Optional<ModeCost> configured = costs.mode(mode);
        if (configured.isEmpty()) {
            return new Alternative(null, Double.NaN, mode.label() + " is not in the cost model of region " + costs.region());
        }
        ModeCost cost = configured.get();
        if (checkAdequacy && !cost.needs().contains(t.need())) {
            return new Alternative(null, Double.NaN, mode.label() + " is not medically adequate for " + t.need().description());
        }
        if (checkAdequacy && !cost.priorities().contains(t.priority())) {
            return new Alternative(null, Double.NaN, mode.label() + " does not take " + t.priority().description());
        }
        PricedTrip trip = PricedTrip.of(travel, mode, cost, from, to, t.priority());
        if (!trip.reachable()) {
            return new Alternative(null, Double.NaN, mode.label() + " cannot make the journey: " + trip.outbound().reason());
        }
        return new Alternative(trip.cost(), trip.outbound().minutes(), null);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
