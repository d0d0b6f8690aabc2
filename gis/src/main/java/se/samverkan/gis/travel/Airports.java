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
import se.samverkan.gis.GeoPoint;

/**
 * Reads airport lists: the bundled list of Swedish airports usable by air ambulances
 * ({@code se/samverkan/gis/reference/swedish-airports.csv}, sources in the README beside it) or any CSV of
 * the same columns: {@code icao,name,latitude,longitude,runway_m}.
 */
public final class Airports {

    static final String BUNDLED = "/se/samverkan/gis/reference/swedish-airports.csv";
    private static final String HEADER = "icao,name,latitude,longitude,runway_m";

    private Airports() {
    }

    public static List<Airport> bundled() {
        try (InputStream in = Airports.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled airport list " + BUNDLED + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Airport> read(Reader source) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        String header = lines.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalArgumentException("an airport list starts with the header " + HEADER + ", was " + header);
        }
        List<Airport> airports = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("line " + number + ": expected 5 fields, found " + f.length);
            }
            try {
                int runway = f[4].isBlank() ? 0 : Integer.parseInt(f[4].strip());
                airports.add(new Airport(f[0].strip(), f[1].strip(),
                        new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])), runway));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(airports);
    }
}
