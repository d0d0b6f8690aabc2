package se.samverkan.benchmarks.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import se.samverkan.benchmarks.demo.Vocabulary.CareLevel;
import se.samverkan.benchmarks.demo.Vocabulary.CrewRole;
import se.samverkan.benchmarks.demo.Vocabulary.ReadinessLevel;
import se.samverkan.benchmarks.demo.Vocabulary.UnitKind;
import se.samverkan.benchmarks.demo.Vocabulary.UnitStatus;

/**
 * Checks a units CSV against the import contract of issue 3, cell by cell, as the registry's import would:
 * column count, vocabularies, ranges, references to known organisations and bases, unique call signs. It reads
 * the written text, not the records it came from, so it also catches quoting and formatting mistakes.
 */
public final class UnitRowValidator {

    /** One problem: a 1-based data row (the header is row 0), the column, and why. */
    public record RowError(long row, String field, String reason) {
    }

    private static final String HOURS = "24/7|(Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))? ([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d";

    private final Set<String> organisations;
    private final Set<String> bases;

    /** A validator that accepts only these organisation and base codes. */
    public UnitRowValidator(Set<String> organisations, Set<String> bases) {
        this.organisations = Set.copyOf(organisations);
        this.bases = Set.copyOf(bases);
    }

    /** Validates a whole CSV; returns every problem found (empty when the file is valid). */
    public List<RowError> validate(Reader csv) throws IOException {
        List<RowError> errors = new ArrayList<>();
        BufferedReader reader = new BufferedReader(csv);
        String header = reader.readLine();
        if (header == null || !header.equals(String.join(",", InventoryFiles.UNIT_COLUMNS))) {
            errors.add(new RowError(0, "header", "expected " + String.join(",", InventoryFiles.UNIT_COLUMNS)));
            return errors;
        }
        Set<String> callSigns = new HashSet<>();
        String line;
        long row = 0;
        while ((line = reader.readLine()) != null) {
            row++;
            long r = row;
            validateRow(line, callSigns, e -> errors.add(new RowError(r, e[0], e[1])));
        }
        return errors;
    }

    private void validateRow(String line, Set<String> callSigns, Consumer<String[]> error) {
        List<String> cells;
        try {
            cells = Csv.parseRecord(line);
        } catch (IllegalArgumentException e) {
            error.accept(new String[] {"row", e.getMessage()});
            return;
        }
        if (cells.size() != InventoryFiles.UNIT_COLUMNS.size()) {
            error.accept(new String[] {"row", InventoryFiles.UNIT_COLUMNS.size() + " columns expected, found " + cells.size()});
            return;
        }
        String callSign = cells.get(0);
        if (callSign.isBlank()) {
            error.accept(new String[] {"call_sign", "must not be empty"});
        } else if (!callSigns.add(callSign)) {
            error.accept(new String[] {"call_sign", "duplicate " + callSign});
        }
        if (cells.get(1).isBlank()) {
            error.accept(new String[] {"registration", "must not be empty"});
        }
        UnitKind kind = oneOf(UnitKind.class, "kind", cells.get(2), error);
        if (!cells.get(3).isEmpty() && !cells.get(3).matches("[1-4]")) {
            error.accept(new String[] {"tier", "1 to 4 or empty, was " + cells.get(3)});
        } else if (kind != null && !kind.allowsTier(cells.get(3).isEmpty() ? null : Integer.valueOf(cells.get(3)))) {
            error.accept(new String[] {"tier", kind + " has no tier " + cells.get(3)});
        }
        if (!organisations.contains(cells.get(4))) {
            error.accept(new String[] {"organisation", "unknown organisation " + cells.get(4)});
        }
        if (!cells.get(5).matches("\\d{2}")) {
            error.accept(new String[] {"home_region", "two-digit county code expected, was " + cells.get(5)});
        }
        if (!cells.get(6).isEmpty() && !bases.contains(cells.get(6))) {
            error.accept(new String[] {"base", "unknown base " + cells.get(6)});
        }
        oneOf(UnitStatus.class, "status", cells.get(7), error);
        oneOf(CareLevel.class, "care_level", cells.get(8), error);
        String[] capacityColumns = {"lying", "seated", "wheelchair", "incubator"};
        for (int i = 0; i < capacityColumns.length; i++) {
            String cell = cells.get(9 + i);
            if (!cell.matches("\\d{1,4}")) {
                error.accept(new String[] {capacityColumns[i], "a non-negative whole number expected, was " + cell});
            }
        }
        if (!cells.get(13).isEmpty()) {
            for (String role : cells.get(13).split(";", -1)) {
                oneOf(CrewRole.class, "crew", role, error);
            }
        }
        if (!cells.get(14).isEmpty()) {
            for (String tag : cells.get(14).split(";", -1)) {
                try {
                    Vocabulary.Capability.ofTag(tag);
                } catch (IllegalArgumentException e) {
                    error.accept(new String[] {"capabilities", e.getMessage()});
                }
            }
        }
        if (!cells.get(15).matches(HOURS)) {
            error.accept(new String[] {"operating_hours", "24/7 or e.g. Mo-Fr 07:00-19:00, was " + cells.get(15)});
        }
        if (cells.get(16).isBlank()) {
            error.accept(new String[] {"dispatch_by", "must not be empty"});
        }
        oneOf(ReadinessLevel.class, "available_from", cells.get(17), error);
        coordinate("latitude", cells.get(18), 90, error);
        coordinate("longitude", cells.get(19), 180, error);
        String sensitive = cells.get(20);
        if (!sensitive.equals("true") && !sensitive.equals("false")) {
            error.accept(new String[] {"sensitive", "true or false, was " + sensitive});
        } else if (kind != null && kind.military() && sensitive.equals("false")) {
            error.accept(new String[] {"sensitive", "military units are always sensitive"});
        }
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, Consumer<String[]> error) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error.accept(new String[] {field, "unknown value " + value});
            return null;
        }
    }

    private static void coordinate(String field, String value, double limit, Consumer<String[]> error) {
        try {
            double v = Double.parseDouble(value);
            if (!Double.isFinite(v) || v < -limit || v > limit) {
                error.accept(new String[] {field, "between -" + (int) limit + " and " + (int) limit + ", was " + value});
            }
        } catch (NumberFormatException e) {
            error.accept(new String[] {field, "a decimal number expected, was " + value});
        }
    }
}
