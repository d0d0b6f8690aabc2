package se.samverkan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.Triage;

/**
 * Seeded mass-casualty scenarios on the emergency hospitals of the reference data (see {@link #hospitalList()}): the same
 * specification and seed always give the same problem. Patients are drawn per incident (triage 20/30/50 %,
 * care needs by triage, lying by triage, ready within 30 minutes) and grouped; units are based around the
 * hospitals, weighted by hospital size, and belong to the hospital's region; beds scale with hospital size and
 * with the number of patients.
 */
public final class MassCasualtyScenarios {

    public static final Instant START = Instant.parse("2026-11-25T14:00:00Z");

    /** One incident: where, in which county, and its share of the patients. */
    public record Incident(String name, GeoPoint location, String county) {
    }

    /** What to generate. {@code hospitals} nearest to the first incident are used (all when there are fewer). */
    public record Spec(String name, int patients, int hospitals, int units, List<Incident> incidents, long seed) {
    }

    public static final Incident JAMTLAND_E14 = new Incident("bus crash on the E14 west of Östersund", new GeoPoint(63.25, 14.20), "23");
    public static final Incident GOTEBORG = new Incident("Göteborg city centre", new GeoPoint(57.705, 11.97), "14");
    public static final Incident STOCKHOLM = new Incident("Stockholm city centre", new GeoPoint(59.33, 18.065), "01");
    public static final Incident MALMO = new Incident("Malmö", new GeoPoint(55.60, 13.00), "12");
    public static final Incident SUNDSVALL = new Incident("Sundsvall", new GeoPoint(62.39, 17.31), "22");
    public static final Incident LULEA = new Incident("Luleå", new GeoPoint(65.585, 22.155), "25");

    public static Spec small() {
        return new Spec("150 patients, 10 hospitals, 50 units", 150, 10, 50, List.of(JAMTLAND_E14), 7001);
    }

    public static Spec medium() {
        return new Spec("1 000 patients, all hospitals, 2 000 units", 1000, 70, 2000, List.of(GOTEBORG), 7002);
    }

    public static Spec large() {
        return new Spec("10 000 patients in five incidents, all hospitals, 3 000 units", 10_000, 70, 3000,
                List.of(STOCKHOLM, GOTEBORG, MALMO, SUNDSVALL, LULEA), 7003);
    }

    record HospitalRow(String name, String county, GeoPoint location, int size) {
    }

    /**
     * The emergency hospitals of the reference data ({@code migrations/reference/hospitals.csv}, 66 akutsjukhus
     * with sources in its README) when the benchmark runs from the repository; otherwise the hand-made list
     * {@code benchmark-hospitals.csv} in this module. Size from the level: university 3, county 2, local 1.
     */
    static List<HospitalRow> hospitalList() {
        for (Path candidate : List.of(Path.of("migrations/reference/hospitals.csv"), Path.of("../migrations/reference/hospitals.csv"))) {
            if (Files.isReadable(candidate)) {
                return referenceHospitals(candidate);
            }
        }
        return bundledHospitals();
    }

    /** Where the hospitals came from, for the benchmark report. */
    static String hospitalSource() {
        return Files.isReadable(Path.of("migrations/reference/hospitals.csv")) || Files.isReadable(Path.of("../migrations/reference/hospitals.csv"))
                ? "migrations/reference/hospitals.csv (reference data, 66 emergency hospitals)"
                : "benchmarks/src/main/resources/benchmark-hospitals.csv (hand-made list, 70 hospitals)";
    }

    private static List<HospitalRow> referenceHospitals(Path csv) {
        List<HospitalRow> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                if (line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                int size = switch (f[5]) {
                    case "UNIVERSITY" -> 3;
                    case "COUNTY" -> 2;
                    default -> 1;
                };
                rows.add(new HospitalRow(f[1], f[2], new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])), size));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<HospitalRow> bundledHospitals() {
        List<HospitalRow> rows = new ArrayList<>();
        try (var in = MassCasualtyScenarios.class.getResourceAsStream("/benchmark-hospitals.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("name;") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";");
                rows.add(new HospitalRow(f[0], f[1], new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])),
                        Integer.parseInt(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static PlanningProblem generate(Spec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        GeoPoint first = spec.incidents().get(0).location();
        List<HospitalRow> rows = new ArrayList<>(hospitalList());
        rows.sort(Comparator.comparingDouble(r -> r.location().distanceTo(first)));
        // A regional selection still includes the two national burn centres (Uppsala, Linköping).
        List<HospitalRow> chosen = new ArrayList<>();
        if (spec.hospitals() < rows.size()) {
            rows.stream().filter(MassCasualtyScenarios::burnCentre).forEach(chosen::add);
        }
        for (HospitalRow r : rows) {
            if (chosen.size() < spec.hospitals() && !chosen.contains(r)) {
                chosen.add(r);
            }
        }
        double scale = Math.max(1, spec.patients() / 800.0);
        List<Hospital> hospitals = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            HospitalRow r = chosen.get(i);
            hospitals.add(new Hospital("H" + (i + 1), r.name(), r.location(), r.county(), beds(r, scale)));
        }
        List<CasualtyGroup> groups = new ArrayList<>();
        int perIncident = spec.patients() / spec.incidents().size();
        for (int i = 0; i < spec.incidents().size(); i++) {
            int n = i == 0 ? spec.patients() - perIncident * (spec.incidents().size() - 1) : perIncident;
            groups.addAll(patients(spec.incidents().get(i), "I" + (i + 1), n, random));
        }
        List<TransportUnit> units = units(spec.units(), chosen, random);
        return new PlanningProblem(START, groups, hospitals, units, Policy.defaults());
    }

    private static Map<CareNeed, BedCapacity> beds(HospitalRow r, double scale) {
        Map<CareNeed, BedCapacity> beds = new EnumMap<>(CareNeed.class);
        int s = r.size();
        put(beds, CareNeed.TRAUMA, 5 * s, scale);
        put(beds, CareNeed.GENERAL, 10 * s, scale);
        put(beds, CareNeed.INTENSIVE_CARE, 2 * s, scale);
        put(beds, CareNeed.PAEDIATRIC, s >= 2 ? 3 * s : 1, scale);
        if (s == 3) {
            put(beds, CareNeed.NEUROSURGERY, 6, scale);
        }
        if (burnCentre(r)) {
            put(beds, CareNeed.BURNS, 12, scale);
        }
        return beds;
    }

    /** The two national burn centres (Uppsala, Linköping), by name in either hospital list. */
    private static boolean burnCentre(HospitalRow r) {
        return r.name().startsWith("Akademiska") || r.name().startsWith("Universitetssjukhuset i Linköping");
    }

    private static void put(Map<CareNeed, BedCapacity> beds, CareNeed need, int base, double scale) {
        int available = (int) Math.round(base * scale);
        beds.put(need, new BedCapacity(available, (available + 1) / 2));
    }

    private static final Triage[] TRIAGE = {Triage.P1, Triage.P2, Triage.P3};
    private static final double[] TRIAGE_SHARE = {0.2, 0.3, 0.5};
    private static final CareNeed[] NEEDS = CareNeed.values(); // TRAUMA, BURNS, INTENSIVE_CARE, PAEDIATRIC, NEUROSURGERY, GENERAL
    private static final double[][] NEED_SHARE = {
        {0.45, 0.08, 0.20, 0.07, 0.10, 0.10},
        {0.45, 0.05, 0.03, 0.08, 0.04, 0.35},
        {0.30, 0.00, 0.00, 0.10, 0.00, 0.60},
    };
    private static final double[] LYING_SHARE = {1.0, 0.6, 0.15};

    private static List<CasualtyGroup> patients(Incident incident, String prefix, int n, SplittableRandom random) {
        // Two casualty collection points per incident, about a kilometre apart.
        GeoPoint[] sites = {incident.location(),
            new GeoPoint(incident.location().latitude() + 0.008, incident.location().longitude() + 0.012)};
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Object[]> attributes = new LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            int t = pick(TRIAGE_SHARE, random);
            CareNeed need = NEEDS[pick(NEED_SHARE[t], random)];
            boolean lying = random.nextDouble() < LYING_SHARE[t];
            int site = random.nextInt(2);
            int ready = 10 * random.nextInt(t == 0 ? 2 : 4);
            String key = site + "-" + TRIAGE[t] + "-" + need + "-" + (lying ? "L" : "S") + "-" + ready;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            attributes.putIfAbsent(key, new Object[] {sites[site], TRIAGE[t], need, lying, ready});
        }
        List<CasualtyGroup> groups = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Object[] a = attributes.get(e.getKey());
            groups.add(new CasualtyGroup(prefix + "-" + e.getKey(), (GeoPoint) a[0], incident.county(), e.getValue()[0],
                    (Triage) a[1], (CareNeed) a[2], (Boolean) a[3], START.plusSeconds(60L * (Integer) a[4])));
        }
        return groups;
    }

    private static int pick(double[] shares, SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static List<TransportUnit> units(int n, List<HospitalRow> bases, SplittableRandom random) {
        int totalSize = bases.stream().mapToInt(HospitalRow::size).sum();
        List<TransportUnit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int x = random.nextInt(totalSize);
            HospitalRow base = bases.get(0);
            for (HospitalRow r : bases) {
                x -= r.size();
                if (x < 0) {
                    base = r;
                    break;
                }
            }
            GeoPoint at = new GeoPoint(base.location().latitude() + (random.nextDouble() - 0.5) * 0.3,
                    base.location().longitude() + (random.nextDouble() - 0.5) * 0.6);
            Instant available = START.plusSeconds(60L * random.nextInt(31));
            String id = "U" + (i + 1);
            // A unit belongs to the region of the hospital it is based at (the regional baselines dispatch by it).
            String region = base.county();
            // Every 25th unit is a helicopter and every 50th a fixed-wing aircraft, so even 50 units have a few.
            double kind = random.nextDouble();
            TransportUnit unit;
            if (i % 50 == 7) {
                unit = new TransportUnit(id, TransportMode.FIXED_WING, base.location(), 2, 0, CareLevel.ADVANCED, available, 30, region);
            } else if (i % 25 == 3) {
                unit = new TransportUnit(id, TransportMode.HELICOPTER, base.location(), 1, 0, CareLevel.ADVANCED, available, 15, region);
            } else if (kind < 0.64) {
                unit = new TransportUnit(id, TransportMode.ROAD_AMBULANCE, at, 1, 2, CareLevel.ADVANCED, available, 15, region);
            } else if (kind < 0.69) {
                unit = new TransportUnit(id, TransportMode.ROAD_AMBULANCE, at, 1, 0, CareLevel.INTENSIVE, available, 20, region);
            } else if (kind < 0.80) {
                unit = new TransportUnit(id, TransportMode.ROAD_AMBULANCE, at, 2, 1, CareLevel.BASIC, available, 15, region);
            } else if (kind < 0.96) {
                unit = new TransportUnit(id, TransportMode.TAXI, at, 0, 3, CareLevel.NONE, available, 5, region);
            } else {
                unit = new TransportUnit(id, TransportMode.AMBULANCE_BUS, at, 6, 16, CareLevel.BASIC, available, 25, region);
            }
            units.add(unit);
        }
        return units;
    }

    private MassCasualtyScenarios() {
    }
}
