package se.samverkan.gis.travel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bundled reference lists are plain comma-separated files with a fixed header and no quoted fields;
 * this reads them and says which line is wrong when one is.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static <T> List<T> bundled(String resource, String header, Function<String[], T> row) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled reference list " + resource + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), header, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> read(Reader source, String header, Function<String[], T> row) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        String first = lines.readLine();
        if (first == null || !first.strip().equals(header)) {
            throw new IllegalArgumentException("the list must start with the header " + header + ", was " + first);
        }
        int columns = header.split(",").length;
        List<T> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != columns) {
                throw new IllegalArgumentException("line " + number + ": expected " + columns + " fields, found " + fields.length);
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            try {
                rows.add(row.apply(fields));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rows);
    }
}
