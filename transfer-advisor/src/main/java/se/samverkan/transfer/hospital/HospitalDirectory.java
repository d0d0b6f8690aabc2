package se.samverkan.transfer.hospital;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverkan.gis.GeoPoint;
import se.samverkan.transfer.io.CsvTable;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.Place;

/**
 * Hospitals by code, read from a CSV with a header naming at least {@code code} and the position as
 * {@code lat}/{@code lon} (or {@code latitude}/{@code longitude}); {@code name} and {@code region} are used
 * when present. Codes are compared case-insensitively.
 */
public final class HospitalDirectory {

    /** Where the emergency hospitals reference list sits inside this module's jar. */
    public static final String REFERENCE_RESOURCE = "/se/samverkan/transfer/hospital/hospitals.csv";

    private final Map<String, Hospital> byCode;

    public HospitalDirectory(Collection<Hospital> hospitals) {
        Map<String, Hospital> map = new LinkedHashMap<>();
        for (Hospital h : hospitals) {
            if (map.put(key(h.code()), h) != null) {
                throw new IllegalArgumentException("hospital code " + h.code() + " appears twice");
            }
        }
        this.byCode = Map.copyOf(map);
    }

    /** The packaged reference list, or an empty directory (points only) when this build has none. */
    public static HospitalDirectory reference() {
        InputStream in = HospitalDirectory.class.getResourceAsStream(REFERENCE_RESOURCE);
        if (in == null) {
            return new HospitalDirectory(List.of());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HospitalDirectory read(Reader csv) throws IOException {
        CsvTable table = CsvTable.read(csv);
        String lat = table.hasColumn("lat") ? "lat" : "latitude";
        String lon = table.hasColumn("lon") ? "lon" : "longitude";
        for (String column : List.of("code", lat, lon)) {
            if (!table.hasColumn(column)) {
                throw new IOException("the hospital list has no column '" + column + "' (header: " + table.header() + ")");
            }
        }
        List<Hospital> hospitals = new java.util.ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("code").orElseThrow(() -> new IOException("line " + row.line() + ": code is empty"));
            try {
                GeoPoint point = new GeoPoint(Double.parseDouble(row.get(lat).orElse("x")),
                        Double.parseDouble(row.get(lon).orElse("x")));
                hospitals.add(new Hospital(code, row.get("name").orElse(code),
                        row.get("region").or(() -> row.get("region_code")).orElse(""), point));
            } catch (IllegalArgumentException e) {
                throw new IOException("line " + row.line() + ": hospital " + code + " has no valid position");
            }
        }
        return new HospitalDirectory(hospitals);
    }

    public Optional<Hospital> find(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    public int size() {
        return byCode.size();
    }

    /** The position of a place; an unknown hospital code is bad input in {@code field}. */
    public GeoPoint locate(Place place, String field) {
        if (place.point() != null) {
            return place.point();
        }
        return find(place.hospitalCode()).map(Hospital::point).orElseThrow(() -> new InvalidTransferException(field,
                "unknown hospital '" + place.hospitalCode() + "'"
                        + (byCode.isEmpty() ? " (no hospital list is loaded; give latitude,longitude)" : "")));
    }

    /** The display name of a place: the hospital's name, or the point's coordinates. */
    public String describe(Place place) {
        return place.hospital().flatMap(this::find).map(h -> h.name() + " (" + h.code() + ")").orElse(place.toString());
    }

    private static String key(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
