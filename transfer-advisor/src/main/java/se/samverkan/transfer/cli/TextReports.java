package se.samverkan.transfer.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import se.samverkan.transfer.advice.Advice;
import se.samverkan.transfer.advice.ModeOption;
import se.samverkan.transfer.whatif.MeasureEffect;
import se.samverkan.transfer.whatif.WhatIfReport;

/** Plain-text reports: amounts in whole SEK with a space between thousands, as Swedish readers write them. */
final class TextReports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TextReports() {
    }

    static String sek(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount).replace(',', ' ');
    }

    static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }

    static String duration(double minutes) {
        long m = Math.round(minutes);
        return String.format(Locale.ROOT, "%d h %02d", m / 60, m % 60);
    }

    static String advice(Advice advice, String costModelDescription) {
        StringBuilder out = new StringBuilder();
        out.append("Transfer   ").append(advice.fromName()).append(" -> ").append(advice.toName()).append('\n');
        out.append("Patient    ").append(advice.request().need().description()).append(", ")
                .append(advice.request().priority().description()).append('\n');
        out.append("Window     ready ").append(TIME.format(advice.request().earliest())).append(", arrive by ")
                .append(TIME.format(advice.request().latest())).append('\n');
        out.append("Costs      region ").append(advice.region()).append(": ").append(costModelDescription).append("\n\n");
        if (advice.recommended().isEmpty()) {
            out.append("NO ADEQUATE MODE. ").append(advice.noAdequateModeReason()).append("\n\n");
        } else {
            ModeOption best = advice.recommended().get();
            out.append("Advice: ").append(best.mode().label()).append(", ").append(sek(best.cost().totalSek()))
                    .append(" SEK, leaves ").append(TIME.format(best.departure())).append(", arrives ")
                    .append(TIME.format(best.arrival())).append("\n\n");
            out.append("Adequate modes, cheapest first (cost per transport; fixed annual cost apart)\n");
            out.append(String.format(Locale.ROOT, "  %-42s %10s %-16s %-16s %8s %6s %7s %12s%n", "mode", "cost SEK",
                    "leaves", "arrives", "travel", "km", "staff h", "fixed/yr SEK"));
            for (ModeOption o : advice.adequate()) {
                out.append(String.format(Locale.ROOT, "  %-42s %10s %-16s %-16s %8s %6.0f %7s %12s%n", o.mode().label(),
                        sek(o.cost().totalSek()), TIME.format(o.departure()), TIME.format(o.arrival()),
                        duration(o.travelMinutes()), o.kilometres(), hours(o.cost().staffHours()), sek(o.fixedAnnualSek())));
            }
            out.append('\n');
        }
        out.append("Ruled out\n");
        for (ModeOption o : advice.ruledOut()) {
            out.append("  ").append(o.mode().label()).append(": ").append(o.reason());
            if (o.cost() != null) {
                out.append(" (would cost ").append(sek(o.cost().totalSek())).append(" SEK, arrive ")
                        .append(TIME.format(o.arrival())).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String whatIf(WhatIfReport report, String costModelDescription) {
        StringBuilder out = new StringBuilder();
        out.append("Transfers  ").append(report.transfers()).append('\n');
        out.append("Costs      region ").append(report.region()).append(": ").append(costModelDescription).append('\n');
        out.append("Year       ").append(sek(report.yearCostBeforeSek())).append(" SEK as made, ")
                .append(sek(report.yearCostAfterSek())).append(" SEK with all measures\n\n");
        out.append(String.format(Locale.ROOT, "  %7s %5s %12s %12s %9s %12s  %s%n", "matched", "moved",
                "before SEK", "after SEK", "staff h+", "net SEK", "measure"));
        int n = 1;
        for (MeasureEffect e : report.measures()) {
            row(out, n++ + " " + e.name(), e);
        }
        row(out, "= " + report.combined().name(), report.combined());
        out.append("\n  net SEK = before - after on the moved transfers (positive: saved); staff h+ = staff hours added.\n");
        out.append("  Fixed annual costs of the modes are not included: a policy changes use, not what a mode costs to keep.\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String name, MeasureEffect e) {
        out.append(String.format(Locale.ROOT, "  %7d %5d %12s %12s %+9.1f %12s  %s%n", e.matched(), e.moved(),
                sek(e.costBeforeSek()), sek(e.costAfterSek()), e.staffHoursAdded(), sek(e.netSavingSek()), name));
        for (Map.Entry<String, Integer> reason : e.notMoved().entrySet()) {
            out.append("          not moved: ").append(reason.getValue()).append(" x ").append(reason.getKey()).append('\n');
        }
        if (e.movedByMeasure().size() > 1) {
            e.movedByMeasure().forEach((measure, count) ->
                    out.append("          moved by '").append(measure).append("': ").append(count).append('\n'));
        }
    }
}
