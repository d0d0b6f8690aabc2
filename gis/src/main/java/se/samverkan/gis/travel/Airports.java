package se.samverkan.gis.travel;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import se.samverkan.gis.GeoPoint;

/**
 * Reads airport lists: the bundled list of Swedish airports usable by air ambulances
 * ({@code se/samverkan/gis/reference/swedish-airports.csv}, sources in the README beside it) or any CSV of
 * the same columns: {@code icao,name,latitude,longitude,runway_m} (runway empty when not known).
 */
public final class Airports {

    static final String BUNDLED = "/se/samverkan/gis/reference/swedish-airports.csv";
    static final String HEADER = "icao,name,latitude,longitude,runway_m";

    private Airports() {
    }

    public static List<Airport> bundled() {
        return ReferenceCsv.bundled(BUNDLED, HEADER, Airports::airport);
    }

    public static List<Airport> read(Reader source) throws IOException {
        return ReferenceCsv.read(source, HEADER, Airports::airport);
    }

    private static Airport airport(String[] f) {
        int runway = f[4].isEmpty() ? 0 : Integer.parseInt(f[4]);
        return new Airport(f[0], f[1], new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])), runway);
    }
}
