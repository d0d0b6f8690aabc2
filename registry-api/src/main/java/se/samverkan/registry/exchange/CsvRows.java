package se.samverkan.registry.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSV import rows: strict UTF-8 (a Latin-1 file from a spreadsheet is refused, not misread), header checked. */
final class CsvRows implements RowSource {

    private final BufferedReader reader;
    private final CsvReader csv;

    CsvRows(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        this.csv = new CsvReader(reader);
        readHeader();
    }

    private void readHeader() throws IOException {
        List<String> header = guarded(() -> {
            // A byte-order mark, as spreadsheet programs write before "CSV UTF-8", is not part of the header.
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return csv.next();
        });
        if (header == null) {
            throw new UnreadableFileException(1, "header", "the file is empty; the first line must name the columns: "
                    + String.join(",", UnitTable.COLUMNS));
        }
        List<String> names = header.stream().map(String::strip).toList();
        if (!names.equals(UnitTable.COLUMNS)) {
            throw new UnreadableFileException(1, "header", "the first line must be exactly: " + String.join(",", UnitTable.COLUMNS));
        }
    }

    @Override
    public Row next() throws IOException {
        List<String> fields = guarded(csv::next);
        if (fields == null) {
            return null;
        }
        int line = csv.recordLine();
        if (fields.size() != UnitTable.COLUMNS.size()) {
            Map<String, String> none = Map.of();
            return new Row(line, none, "the row has " + fields.size() + " columns; expected " + UnitTable.COLUMNS.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            cells.put(UnitTable.COLUMNS.get(i), fields.get(i));
        }
        return new Row(line, cells, null);
    }

    private interface Read {
        List<String> next() throws IOException;
    }

    private List<String> guarded(Read read) throws IOException {
        try {
            return read.next();
        } catch (CsvReader.MalformedCsvException e) {
            throw new UnreadableFileException(e.line(), "row", "bad quoting: " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(csv.recordLine(), "encoding",
                    "the file is not UTF-8 (invalid bytes near line " + csv.recordLine() + "); save it as CSV UTF-8");
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
