package se.samverkan.gis.travel;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import se.samverkan.gis.GeoPoint;

/**
 * Reads hospital helipad lists: the bundled one ({@code se/samverkan/gis/reference/hospital-helipads.csv},
 * sources in the README beside it) or any CSV with the columns {@code hospital_code,hospital,latitude,longitude}.
 */
public final class Helipads {

    static final String BUNDLED = "/se/samverkan/gis/reference/hospital-helipads.csv";
    static final String HEADER = "hospital_code,hospital,latitude,longitude";

    private Helipads() {
    }

    public static List<Helipad> bundled() {
        return ReferenceCsv.bundled(BUNDLED, HEADER, Helipads::helipad);
    }

    public static List<Helipad> read(Reader source) throws IOException {
        return ReferenceCsv.read(source, HEADER, Helipads::helipad);
    }

    private static Helipad helipad(String[] f) {
        return new Helipad(f[0], f[1], new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
}
