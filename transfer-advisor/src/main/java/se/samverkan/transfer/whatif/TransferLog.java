package se.samverkan.transfer.whatif;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import se.samverkan.transfer.hospital.HospitalDirectory;
import se.samverkan.transfer.io.CsvTable;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Place;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

/**
 * Reads a year of transfers from CSV with the header
 * {@code date,from,to,need,urgency,mode,cost_sek}: an ISO date, hospital codes or {@code "lat,lon"} (quoted),
 * a {@link PatientNeed}, a {@link Priority} ({@code PRIO_1}…{@code PRIO_3} or 1…3), the {@link TransferMode}
 * used and the cost in SEK when known (may be empty). Every row is checked, including that its hospitals
 * are known; any bad row fails the whole file with all errors listed.
 */
public final class TransferLog {

    public static final List<String> COLUMNS = List.of("date", "from", "to", "need", "urgency", "mode", "cost_sek");

    private TransferLog() {
    }

    public static List<TransferRecord> read(Reader csv, HospitalDirectory hospitals) throws IOException {
        CsvTable table;
        try {
            table = CsvTable.read(csv);
        } catch (IOException e) {
            throw new TransferLogException(List.of(new RowError(1, "file", e.getMessage())));
        }
        List<RowError> errors = new ArrayList<>();
        for (String column : COLUMNS.subList(0, 6)) {
            if (!table.hasColumn(column)) {
                errors.add(new RowError(1, column, "column missing from the header; expected " + String.join(",", COLUMNS)));
            }
        }
        if (!errors.isEmpty()) {
            throw new TransferLogException(errors);
        }
        List<TransferRecord> records = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.size();
            if (row.fields().containsKey(CsvTable.EXTRA_FIELDS)) {
                errors.add(new RowError(row.line(), "row", "has more fields than the header"));
                continue;
            }
            LocalDate date = field(errors, row, "date", () -> parseDate(row.get("date")));
            Place from = field(errors, row, "from", () -> known(Place.parse("from", row.get("from").orElse(null)), hospitals, "from"));
            Place to = field(errors, row, "to", () -> known(Place.parse("to", row.get("to").orElse(null)), hospitals, "to"));
            PatientNeed need = field(errors, row, "need", () -> PatientNeed.parse("need", row.get("need").orElse(null)));
            Priority priority = field(errors, row, "urgency", () -> Priority.parse("urgency", row.get("urgency").orElse(null)));
            TransferMode mode = field(errors, row, "mode", () -> TransferMode.parse("mode", row.get("mode").orElse(null)));
            OptionalDouble cost = field(errors, row, "cost_sek", () -> parseCost(row.get("cost_sek")));
            if (errors.size() == before && from.equals(to)) {
                errors.add(new RowError(row.line(), "to", "is the same place as from (" + from + ")"));
            }
            if (errors.size() == before) {
                records.add(new TransferRecord(row.line(), date, from, to, need, priority, mode, cost));
            }
        }
        if (!errors.isEmpty()) {
            throw new TransferLogException(errors);
        }
        return List.copyOf(records);
    }

    private static <T> T field(List<RowError> errors, CsvTable.Row row, String column, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidTransferException e) {
            errors.add(new RowError(row.line(), column, e.reason()));
            return null;
        }
    }

    private static LocalDate parseDate(Optional<String> text) {
        String value = text.orElseThrow(() -> new InvalidTransferException("date", "is missing"));
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidTransferException("date", "'" + value + "' is not a date of the form 2026-03-14");
        }
    }

    private static Place known(Place place, HospitalDirectory hospitals, String field) {
        hospitals.locate(place, field);
        return place;
    }

    private static OptionalDouble parseCost(Optional<String> text) {
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double cost = Double.parseDouble(text.get().replace(" ", ""));
            if (!Double.isFinite(cost) || cost < 0) {
                throw new InvalidTransferException("cost_sek", "must be zero or more, was " + text.get());
            }
            return OptionalDouble.of(cost);
        } catch (NumberFormatException e) {
            throw new InvalidTransferException("cost_sek", "'" + text.get() + "' is not a number of SEK");
        }
    }
}
