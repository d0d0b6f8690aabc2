package se.samverkan.transfers.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import java.util.List;
import se.samverkan.transfer.advice.Advice;
import se.samverkan.transfer.advice.ModeOption;
import se.samverkan.transfer.cost.TripCost;

/**
 * The advice as JSON: the recommended mode (cheapest adequate), the other adequate modes by cost, the modes
 * ruled out with their reasons, and {@code noAdequateMode} with the reason when no mode will do. Amounts in SEK rounded to öre; the fixed annual cost of a mode is reported
 * apart from the cost of the transport. Members without a value are left out, as everywhere in the API:
 * an answer has either {@code recommended} or {@code noAdequateMode}, never both.
 */
@JsonbPropertyOrder({"from", "to", "need", "priority", "earliest", "latest", "region", "costModel", "recommended",
    "alternatives", "ruledOut", "noAdequateMode"})
public record AdviceView(String from, String to, String need, String priority, LocalDateTime earliest,
                         LocalDateTime latest, String region, String costModel, Option recommended,
                         List<Option> alternatives, List<Option> ruledOut, String noAdequateMode) {

    /** One mode; times, distances and cost are left out when the mode cannot make the journey at all. */
    @JsonbPropertyOrder({"mode", "name", "adequate", "reasons", "departure", "arrival", "travelMinutes", "kilometres",
        "costSek", "cost", "fixedAnnualSek"})
    public record Option(String mode, String name, boolean adequate, List<String> reasons, LocalDateTime departure,
                         LocalDateTime arrival, Double travelMinutes, Double kilometres, Double costSek, Cost cost,
                         long fixedAnnualSek) {

        static Option of(ModeOption o) {
            TripCost c = o.cost();
            return new Option(o.mode().name(), o.mode().label(), o.adequate(), o.reasons(), o.departure(), o.arrival(),
                    c == null ? null : round(o.travelMinutes()), c == null ? null : round(o.kilometres()),
                    c == null ? null : round(c.totalSek()), c == null ? null : Cost.of(c), Math.round(o.fixedAnnualSek()));
        }
    }

    /** How the cost adds up: charge + distance cost + staff cost. */
    @JsonbPropertyOrder({"chargeSek", "kilometresPaid", "distanceCostSek", "staffHours", "staffCostSek"})
    public record Cost(double chargeSek, double kilometresPaid, double distanceCostSek, double staffHours,
                       double staffCostSek) {

        static Cost of(TripCost c) {
            return new Cost(round(c.chargeSek()), round(c.kilometres()), round(c.distanceCost()), round(c.staffHours()),
                    round(c.staffCost()));
        }
    }

    public static AdviceView of(Advice advice, String costModelDescription) {
        return new AdviceView(advice.fromName(), advice.toName(), advice.request().need().name(),
                advice.request().priority().name(), advice.request().earliest(), advice.request().latest(),
                advice.region(), costModelDescription,
                advice.recommended().map(Option::of).orElse(null),
                advice.alternatives().stream().map(Option::of).toList(),
                advice.ruledOut().stream().map(Option::of).toList(),
                advice.noAdequateModeReason());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
