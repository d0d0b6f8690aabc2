package se.samverkan.benchmarks.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samverkan.benchmarks.demo.Vocabulary.UnitKind;
import se.samverkan.gis.GeoPoint;

/**
 * The real-world facts the generator builds on, read from CSV files beside this class (sources in the README
 * there). {@code regions.csv} is the migrations module's own file, copied in by the build, so the county
 * codes and seats exist in one place only.
 */
public record ReferenceData(List<Region> regions, List<Place> places, List<AirBase> airBases,
        List<Garrison> garrisons) {

    /** A helicopter, fixed-wing or specialist-flight base; {@code operator} is REGION, KSA or SJOFV. */
    public record AirBase(String code, String name, String county, String operator, UnitKind kind, int units,
            GeoPoint position) {
        public AirBase {
            DemoChecks.code(code);
            Objects.requireNonNull(name, "name");
            if (units < 1) {
                throw new IllegalArgumentException("an air base has at least one unit: " + code);
            }
        }
    }

    /** A garrison town with the military medical or transport units planned there. */
    public record Garrison(String code, String name, String county, UnitKind kind, int units, GeoPoint position) {
        public Garrison {
            DemoChecks.code(code);
            if (!kind.military()) {
                throw new IllegalArgumentException("a garrison holds military units: " + code);
            }
        }
    }

    public ReferenceData {
        regions = List.copyOf(regions);
        places = List.copyOf(places);
        airBases = List.copyOf(airBases);
        garrisons = List.copyOf(garrisons);
        Map<String, Region> byCode = new HashMap<>();
        regions.forEach(r -> byCode.put(r.code(), r));
        for (Place p : places) {
            if (!byCode.containsKey(p.county())) {
                throw new IllegalArgumentException("place " + p.name() + " lies in unknown county " + p.county());
            }
        }
    }

    /** The data shipped with the generator. */
    public static ReferenceData load() {
        Map<String, Integer> population = new HashMap<>();
        for (List<String> row : read("region-population.csv", 2)) {
            population.put(row.get(0), Integer.parseInt(row.get(1)));
        }
        List<Region> regions = new ArrayList<>();
        for (List<String> row : read("regions.csv", 9)) {
            Integer people = population.get(row.get(0));
            if (people == null) {
                throw new IllegalStateException("no population for region " + row.get(0));
            }
            regions.add(new Region(row.get(0), row.get(1), row.get(3), row.get(6), point(row.get(7), row.get(8)), people));
        }
        regions.sort(Comparator.comparing(Region::code));
        List<Place> places = new ArrayList<>();
        for (List<String> row : read("places.csv", 4)) {
            places.add(new Place(row.get(0), row.get(1), point(row.get(2), row.get(3))));
        }
        List<AirBase> airBases = new ArrayList<>();
        for (List<String> row : read("air-bases.csv", 8)) {
            airBases.add(new AirBase(row.get(0), row.get(1), row.get(2), row.get(3), UnitKind.valueOf(row.get(4)),
                    Integer.parseInt(row.get(5)), point(row.get(6), row.get(7))));
        }
        List<Garrison> garrisons = new ArrayList<>();
        for (List<String> row : read("garrisons.csv", 7)) {
            garrisons.add(new Garrison(row.get(0), row.get(1), row.get(2), UnitKind.valueOf(row.get(3)),
                    Integer.parseInt(row.get(4)), point(row.get(5), row.get(6))));
        }
        return new ReferenceData(regions, places, airBases, garrisons);
    }

    public Region region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + code));
    }

    public List<Place> placesIn(String county) {
        return places.stream().filter(p -> p.county().equals(county)).toList();
    }

    public long totalPopulation() {
        return regions.stream().mapToLong(Region::population).sum();
    }

    private static GeoPoint point(String lat, String lon) {
        return new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
    }

    private static List<List<String>> read(String name, int columns) {
        InputStream in = ReferenceData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + ReferenceData.class.getName());
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> row = Csv.parseRecord(line);
                if (row.size() != columns) {
                    throw new IllegalStateException(name + " line " + number + ": " + columns + " columns expected, found " + row.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
