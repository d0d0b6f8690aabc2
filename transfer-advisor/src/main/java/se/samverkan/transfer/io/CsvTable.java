package se.samverkan.transfer.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file with a header line (RFC 4180: comma separated, fields may be quoted with "", a quote inside a
 * quoted field doubled). Rows keep their line number so errors can point at the line a person sees in an
 * editor. Header names are compared case-insensitively. Lines that are empty are skipped.
 */
public final class CsvTable {

    /** One data row: its line number in the file (the header is line 1) and its fields by header name. */
    public record Row(int line, Map<String, String> fields) {

        /** The trimmed value, or empty when the column is absent or the field blank. */
        public Optional<String> get(String column) {
            String value = fields.get(column.toLowerCase(Locale.ROOT));
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line, number);
            if (header == null) {
                header = fields.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
                continue;
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.put(header.get(i), i < fields.size() ? fields.get(i) : null);
            }
            if (fields.size() > header.size()) {
                byName.put(EXTRA_FIELDS, String.valueOf(fields.size() - header.size()));
            }
            rows.add(new Row(number, byName));
        }
        if (header == null) {
            throw new IOException("the file is empty; a header line is expected");
        }
        return new CsvTable(header, List.copyOf(rows));
    }

    /** Set on a row that has more fields than the header names, so readers can report it. */
    public static final String EXTRA_FIELDS = "\u0000extra";

    public boolean hasColumn(String name) {
        return header.contains(name.toLowerCase(Locale.ROOT));
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    static List<String> split(String line, int number) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IOException("line " + number + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
