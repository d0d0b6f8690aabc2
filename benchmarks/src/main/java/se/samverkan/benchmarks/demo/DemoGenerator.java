package se.samverkan.benchmarks.demo;

import static se.samverkan.benchmarks.demo.Vocabulary.Capability.BARIATRIC;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.CBRN;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.DEFIBRILLATOR;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.INCUBATOR;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.ISOLATION;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.OFF_ROAD;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.PAEDIATRIC;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.VENTILATOR;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.WHEELCHAIR_LIFT;
import static se.samverkan.benchmarks.demo.Vocabulary.Capability.WINTER;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.AMBULANCE_NURSE;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.ANAESTHESIA_NURSE;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.DRIVER;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.EMT;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.FIREFIGHTER;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.MILITARY_MEDIC;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.NEONATAL_TEAM;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.NURSE;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.PHYSICIAN;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.PILOT;
import static se.samverkan.benchmarks.demo.Vocabulary.CrewRole.PSYCHIATRIC_NURSE;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import se.samverkan.benchmarks.SyntheticPositions;
import se.samverkan.benchmarks.demo.ReferenceData.AirBase;
import se.samverkan.benchmarks.demo.ReferenceData.Garrison;
import se.samverkan.benchmarks.demo.Vocabulary.BaseKind;
import se.samverkan.benchmarks.demo.Vocabulary.Capability;
import se.samverkan.benchmarks.demo.Vocabulary.CareLevel;
import se.samverkan.benchmarks.demo.Vocabulary.CrewRole;
import se.samverkan.benchmarks.demo.Vocabulary.ReadinessLevel;
import se.samverkan.benchmarks.demo.Vocabulary.Sector;
import se.samverkan.benchmarks.demo.Vocabulary.UnitKind;
import se.samverkan.benchmarks.demo.Vocabulary.UnitStatus;
import se.samverkan.gis.GeoPoint;

/**
 * Builds a plausible national inventory of a given size from {@link ReferenceData}, the same bytes for the
 * same seed and size.
 *
 * <p>The mix: a <em>core fleet</em> sized like Sweden's (about 1 000 road ambulances, split over the regions
 * by population, plus intensive-care, transport, light-care, psychiatric and bariatric ambulances, physician
 * and assessment cars, ambulance buses, mobile care teams and rescue-service vehicles), every real air base
 * and garrison, and patient-travel taxis and buses filling the rest, so they are the bulk at large sizes as
 * they are in reality. Below about 3 000 units the core fleet shrinks in proportion so that patient travel
 * still has a share.
 */
public final class DemoGenerator {

    public static final int MIN_SIZE = 500;
    public static final int MAX_SIZE = 200_000;

    /** The national core fleet at full size (reference counts; see the README beside the data). */
    static final Map<UnitKind, Integer> CORE_FLEET = new EnumMap<>(Map.ofEntries(
            Map.entry(UnitKind.ROAD_AMBULANCE, 1000),
            Map.entry(UnitKind.INTENSIVE_CARE_AMBULANCE, 40),
            Map.entry(UnitKind.TRANSPORT_AMBULANCE, 150),
            Map.entry(UnitKind.LIGHT_CARE_AMBULANCE, 100),
            Map.entry(UnitKind.PSYCHIATRIC_AMBULANCE, 25),
            Map.entry(UnitKind.BARIATRIC_AMBULANCE, 12),
            Map.entry(UnitKind.PHYSICIAN_CAR, 30),
            Map.entry(UnitKind.ASSESSMENT_CAR, 60),
            Map.entry(UnitKind.AMBULANCE_BUS, 14),
            Map.entry(UnitKind.MOBILE_CARE_TEAM, 80),
            Map.entry(UnitKind.RESCUE_SERVICE, 300)));

    /** How what is left after the core fleet, the air bases and the garrisons is shared. */
    static final Map<UnitKind, Double> FILL_SHARES = new EnumMap<>(Map.of(
            UnitKind.PATIENT_TRAVEL_TAXI, 0.84,
            UnitKind.PATIENT_TRAVEL_BUS, 0.08,
            UnitKind.RESCUE_SERVICE, 0.06,
            UnitKind.LIGHT_CARE_AMBULANCE, 0.01,
            UnitKind.MOBILE_CARE_TEAM, 0.01));

    /** At most this share of the units is core fleet, so that small inventories keep patient travel. */
    private static final double MAX_CORE_SHARE = 0.65;
    /** Share of a region's station-based units at its seat; the rest spread over its other towns. */
    private static final double SEAT_SHARE = 0.35;
    /** Share of road ambulances run by a private contractor for the region. */
    private static final double CONTRACTED_ROAD_SHARE = 0.25;
    private static final double VOLUNTEER_RESCUE_SHARE = 0.10;
    private static final Set<String> NORTHERN_COUNTIES = Set.of("20", "21", "22", "23", "24", "25");

    private static final String LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"; // as on Swedish plates: no I, Q, V, Å, Ä, Ö
    private static final int PLATES = LETTERS.length() * LETTERS.length() * LETTERS.length() * 1000;

    private final ReferenceData reference;

    public DemoGenerator(ReferenceData reference) {
        this.reference = reference;
    }

    public DemoGenerator() {
        this(ReferenceData.load());
    }

    /** The inventory of {@code size} units for {@code seed}. */
    public DemoInventory generate(int size, long seed) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", was " + size);
        }
        return new Run(seed).build(size);
    }

    /** How many units of each kind an inventory of {@code size} holds (the plan the generator follows). */
    public Map<UnitKind, Integer> plan(int size) {
        Map<UnitKind, Integer> plan = new EnumMap<>(UnitKind.class);
        int fixed = 0;
        for (AirBase a : reference.airBases()) {
            plan.merge(a.kind(), a.units(), Integer::sum);
            fixed += a.units();
        }
        for (Garrison g : reference.garrisons()) {
            plan.merge(g.kind(), g.units(), Integer::sum);
            fixed += g.units();
        }
        int coreTotal = CORE_FLEET.values().stream().mapToInt(Integer::intValue).sum();
        double scale = Math.min(1.0, MAX_CORE_SHARE * (size - fixed) / coreTotal);
        int core = 0;
        for (Map.Entry<UnitKind, Integer> e : CORE_FLEET.entrySet()) {
            int n = Math.max(1, (int) Math.round(e.getValue() * scale));
            plan.merge(e.getKey(), n, Integer::sum);
            core += n;
        }
        int rest = size - fixed - core;
        if (rest < 0) {
            throw new IllegalArgumentException("size " + size + " is below the fixed fleet");
        }
        List<UnitKind> fillKinds = List.copyOf(FILL_SHARES.keySet());
        double[] weights = fillKinds.stream().mapToDouble(FILL_SHARES::get).toArray();
        int[] parts = Apportionment.largestRemainder(rest, weights);
        for (int i = 0; i < parts.length; i++) {
            plan.merge(fillKinds.get(i), parts[i], Integer::sum);
        }
        return plan;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static String regionOrganisation(String county) {
        return "REG-" + county;
    }

    /** One generation: its random source and the bookkeeping that keeps codes unique. */
    private final class Run {
        private final SplittableRandom random;
        private final long seed;
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Base> bases = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final Map<String, Integer> sequence = new HashMap<>();
        private final Map<String, Base> stationOf = new HashMap<>();
        private final Map<String, Base> rescueOf = new HashMap<>();
        private final Map<String, Base> hospitalOf = new HashMap<>();
        private final Map<String, Base> taxiDepotOf = new HashMap<>();
        private final Map<String, Base> busDepotOf = new HashMap<>();
        private final Map<String, List<Place>> townsOf = new HashMap<>();
        private final Map<String, Place> seatOf = new HashMap<>();
        private final int plateStride;
        private int plateIndex;

        Run(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            // A stride coprime to the plate space walks all plates in a seed-dependent, repetition-free order.
            int stride = 7_919 + (int) Math.floorMod(seed, 10_000L) * 2;
            while (gcd(stride, PLATES) != 1) {
                stride++;
            }
            this.plateStride = stride;
            this.plateIndex = (int) Math.floorMod(seed * 31L, PLATES);
        }

        DemoInventory build(int size) {
            organisationsAndBases();
            Map<UnitKind, Integer> plan = plan(size);
            airUnits();
            militaryUnits();
            for (UnitKind kind : UnitKind.values()) {
                if (kind.military() || isAirBased(kind)) {
                    continue;
                }
                int count = plan.getOrDefault(kind, 0);
                int[] perRegion = Apportionment.largestRemainder(count, populationWeights());
                for (int r = 0; r < perRegion.length; r++) {
                    Region region = reference.regions().get(r);
                    for (int i = 0; i < perRegion[r]; i++) {
                        units.add(groundUnit(kind, region));
                    }
                }
            }
            if (units.size() != size) {
                throw new IllegalStateException("generated " + units.size() + " units, planned " + size);
            }
            return new DemoInventory(seed, organisations, bases, units);
        }

        private boolean isAirBased(UnitKind kind) {
            return kind == UnitKind.AMBULANCE_HELICOPTER || kind == UnitKind.FIXED_WING
                    || kind == UnitKind.SPECIALIST_FLIGHT;
        }

        private double[] populationWeights() {
            return reference.regions().stream().mapToDouble(Region::population).toArray();
        }

        private void organisationsAndBases() {
            organisations.add(new Organisation("FM", "Försvarsmakten", Sector.MILITARY, null, true));
            organisations.add(new Organisation("SJOFV", "Sjöfartsverket", Sector.STATE, null, false));
            organisations.add(new Organisation("KSA", "Kommunalförbundet Svenskt Ambulansflyg", Sector.REGION, null, false));
            for (Region region : reference.regions()) {
                String c = region.code();
                organisations.add(new Organisation(regionOrganisation(c), region.name(), Sector.REGION, c, false));
                organisations.add(new Organisation("AMB-" + c, "Ambulanspartner " + region.shortName() + " AB", Sector.PRIVATE, c, false));
                organisations.add(new Organisation("TAXI-" + c, "Sjukresor " + region.shortName() + " Taxi AB", Sector.PRIVATE, c, false));
                organisations.add(new Organisation("BUSS-" + c, region.shortName() + " Buss AB", Sector.PRIVATE, c, false));
                organisations.add(new Organisation("RTJ-" + c, "Räddningstjänsten " + region.shortName(), Sector.MUNICIPAL, c, false));
                organisations.add(new Organisation("FRIV-" + c, "Frivilliga resursgruppen " + region.shortName(), Sector.VOLUNTEER, c, false));

                String seat = slug(region.seatName());
                Base hospital = base(c + "-" + seat + "-SJUKHUS", "Sjukhuset i " + region.seatName(), c,
                        regionOrganisation(c), BaseKind.HOSPITAL, region.seatName(), region.seat());
                hospitalOf.put(c, hospital);
                taxiDepotOf.put(c, base(c + "-" + seat + "-SJUKRESOR", "Sjukresedepå " + region.seatName(), c, "TAXI-" + c,
                        BaseKind.DEPOT, region.seatName(), region.seat()));
                busDepotOf.put(c, base(c + "-" + seat + "-BUSSDEPA", "Bussdepå " + region.seatName(), c, "BUSS-" + c,
                        BaseKind.DEPOT, region.seatName(), region.seat()));
                for (Place place : reference.placesIn(c)) {
                    String s = slug(place.name());
                    stationOf.put(place.name(), base(c + "-" + s + "-AMB", "Ambulansstation " + place.name(), c,
                            regionOrganisation(c), BaseKind.AMBULANCE_STATION, place.name(), place.position()));
                    rescueOf.put(place.name(), base(c + "-" + s + "-BRAND", "Brandstation " + place.name(), c, "RTJ-" + c,
                            BaseKind.RESCUE_STATION, place.name(), place.position()));
                }
            }
            for (AirBase a : reference.airBases()) {
                String owner = switch (a.operator()) {
                    case "REGION" -> regionOrganisation(a.county());
                    case "KSA", "SJOFV" -> a.operator();
                    default -> throw new IllegalStateException("unknown air operator " + a.operator());
                };
                base(a.code(), a.name(), a.county(), owner, BaseKind.AIR_BASE, a.name(), a.position());
            }
            for (Garrison g : reference.garrisons()) {
                base("FM-" + g.code(), g.name(), g.county(), "FM", BaseKind.MILITARY_BASE, g.name(), g.position());
            }
        }

        private Base base(String code, String name, String region, String owner, BaseKind kind, String town, GeoPoint at) {
            Base b = new Base(code, name, region, owner, kind, town + ", Sverige", at, kind == BaseKind.MILITARY_BASE);
            bases.add(b);
            return b;
        }

        private void airUnits() {
            for (AirBase a : reference.airBases()) {
                for (int i = 0; i < a.units(); i++) {
                    boolean stateRescue = a.operator().equals("SJOFV");
                    String owner = switch (a.operator()) {
                        case "REGION" -> regionOrganisation(a.county());
                        default -> a.operator();
                    };
                    UnitKind kind = a.kind();
                    Set<Capability> caps = EnumSet.of(DEFIBRILLATOR, VENTILATOR);
                    List<CrewRole> crew;
                    int lying;
                    int seated;
                    int incubator = 0;
                    CareLevel care = CareLevel.ADVANCED;
                    String dispatch;
                    if (kind == UnitKind.FIXED_WING) {
                        crew = List.of(PILOT, AMBULANCE_NURSE);
                        lying = 2;
                        seated = 2;
                        maybe(caps, INCUBATOR, 0.3);
                        dispatch = "Svenskt Ambulansflyg";
                    } else if (kind == UnitKind.SPECIALIST_FLIGHT) {
                        crew = List.of(PILOT, PHYSICIAN, NEONATAL_TEAM);
                        lying = 1;
                        seated = 0;
                        incubator = 1;
                        caps.add(INCUBATOR);
                        caps.add(PAEDIATRIC);
                        care = CareLevel.SPECIALIST;
                        dispatch = "Specialistflyg koordinator";
                    } else {
                        crew = stateRescue ? List.of(PILOT, NURSE) : List.of(PILOT, PHYSICIAN, ANAESTHESIA_NURSE);
                        lying = 1;
                        seated = 1;
                        dispatch = stateRescue ? "JRCC Sjöfartsverket" : "SOS Alarm";
                    }
                    if (NORTHERN_COUNTIES.contains(a.county())) {
                        caps.add(WINTER);
                    }
                    String prefix = kind == UnitKind.FIXED_WING ? "FLY" : kind == UnitKind.SPECIALIST_FLIGHT ? "SPF"
                            : stateRescue ? "SAR" : "HKP";
                    units.add(new Unit(callSign(a.county(), prefix), aircraftRegistration(), kind, 1, owner, a.county(),
                            a.code(), status(stateRescue ? 0.5 : 0.0), care, lying, seated, 0, incubator, crew, caps, "24/7",
                            dispatch, stateRescue ? ReadinessLevel.DISASTER : ReadinessLevel.NORMAL,
                            scatter(a.position(), 0.002), false));
                }
            }
        }

        private void militaryUnits() {
            for (Garrison g : reference.garrisons()) {
                for (int i = 0; i < g.units(); i++) {
                    Set<Capability> caps = EnumSet.of(DEFIBRILLATOR);
                    int lying;
                    int seated;
                    List<CrewRole> crew;
                    String registration;
                    boolean armoured = false;
                    switch (g.kind()) {
                        case MILITARY_HELICOPTER -> {
                            lying = 4;
                            seated = 4;
                            crew = List.of(PILOT, MILITARY_MEDIC);
                            caps.add(VENTILATOR);
                            registration = String.format(Locale.ROOT, "HKP16-%02d", sequenceNext("HKP16"));
                        }
                        case MILITARY_AIRCRAFT -> {
                            lying = 24;
                            seated = 40;
                            crew = List.of(PILOT, PHYSICIAN, MILITARY_MEDIC);
                            caps.add(VENTILATOR);
                            registration = String.format(Locale.ROOT, "TP84-%02d", sequenceNext("TP84"));
                        }
                        default -> {
                            armoured = random.nextDouble() < 0.4;
                            lying = armoured ? 4 : 2;
                            seated = 2;
                            crew = List.of(MILITARY_MEDIC, DRIVER);
                            caps.add(OFF_ROAD);
                            maybe(caps, CBRN, 0.4);
                            registration = String.format(Locale.ROOT, "%06d", 100_000 + random.nextInt(900_000));
                        }
                    }
                    if (NORTHERN_COUNTIES.contains(g.county())) {
                        caps.add(WINTER);
                    }
                    units.add(new Unit(String.format(Locale.ROOT, "FM-%s-%02d", g.code(), i + 1), registration, g.kind(),
                            g.kind() == UnitKind.MILITARY_VEHICLE && !armoured ? 2 : 1, "FM", g.county(), "FM-" + g.code(),
                            militaryStatus(), CareLevel.ADVANCED, lying, seated, 0, 0, crew, caps, "24/7", "Försvarsmakten",
                            ReadinessLevel.HEIGHTENED_READINESS, scatter(g.position(), 0.01), true));
                }
            }
        }

        private Unit groundUnit(UnitKind kind, Region region) {
            String c = region.code();
            boolean north = NORTHERN_COUNTIES.contains(c);
            Set<Capability> caps = EnumSet.noneOf(Capability.class);
            String owner = regionOrganisation(c);
            Base base = station(region);
            GeoPoint around = base.position();
            double spread = 0.02;
            ReadinessLevel from = ReadinessLevel.NORMAL;
            String hours = "24/7";
            String dispatch = "SOS Alarm";
            double reserve = 0.0;
            Integer tier;
            CareLevel care;
            int lying;
            int seated;
            int wheelchair = 0;
            List<CrewRole> crew;
            String prefix;
            switch (kind) {
                case ROAD_AMBULANCE -> {
                    prefix = "AMB";
                    caps.add(DEFIBRILLATOR);
                    boolean ventilator = maybe(caps, VENTILATOR, 0.15);
                    maybe(caps, PAEDIATRIC, 0.3);
                    maybe(caps, ISOLATION, 0.1);
                    if (north) {
                        maybe(caps, WINTER, 0.7);
                        maybe(caps, OFF_ROAD, 0.15);
                    }
                    tier = ventilator ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
                    care = CareLevel.ADVANCED;
                    lying = 1;
                    seated = 1 + random.nextInt(2);
                    crew = List.of(AMBULANCE_NURSE, EMT);
                    if (random.nextDouble() < CONTRACTED_ROAD_SHARE) {
                        owner = "AMB-" + c;
                    }
                }
                case INTENSIVE_CARE_AMBULANCE -> {
                    prefix = "IVA";
                    caps.addAll(List.of(DEFIBRILLATOR, VENTILATOR));
                    maybe(caps, ISOLATION, 0.5);
                    maybe(caps, PAEDIATRIC, 0.3);
                    tier = 1;
                    care = CareLevel.INTENSIVE;
                    lying = 1;
                    seated = 0;
                    crew = List.of(ANAESTHESIA_NURSE, PHYSICIAN, EMT);
                    base = hospitalOf.get(c);
                    around = base.position();
                    dispatch = "Sjukvårdsledning (ISL) " + region.shortName();
                }
                case TRANSPORT_AMBULANCE, LIGHT_CARE_AMBULANCE -> {
                    boolean transport = kind == UnitKind.TRANSPORT_AMBULANCE;
                    prefix = transport ? "TRA" : "LVA";
                    maybe(caps, WHEELCHAIR_LIFT, transport ? 0.4 : 0.6);
                    tier = null;
                    care = CareLevel.BASIC;
                    lying = transport ? 1 + random.nextInt(2) : 1;
                    seated = transport ? 1 : 2 + random.nextInt(2);
                    wheelchair = caps.contains(WHEELCHAIR_LIFT) ? 1 : 0;
                    crew = transport ? List.of(EMT, DRIVER) : List.of(EMT);
                    hours = random.nextDouble() < 0.6 ? "Mo-Fr 07:00-19:00" : "Mo-Su 07:00-22:00";
                    dispatch = "Sjuktransportsamordning " + region.shortName();
                    if (random.nextDouble() < 0.5) {
                        owner = "AMB-" + c;
                    }
                }
                case PSYCHIATRIC_AMBULANCE -> {
                    prefix = "PSY";
                    tier = null;
                    care = CareLevel.BASIC;
                    lying = 0;
                    seated = 2;
                    crew = List.of(PSYCHIATRIC_NURSE, EMT);
                    hours = "Mo-Su 10:00-22:00";
                }
                case BARIATRIC_AMBULANCE -> {
                    prefix = "BAR";
                    caps.addAll(List.of(BARIATRIC, DEFIBRILLATOR));
                    tier = null;
                    care = CareLevel.ADVANCED;
                    lying = 1;
                    seated = 1;
                    crew = List.of(AMBULANCE_NURSE, EMT);
                    base = hospitalOf.get(c);
                    around = base.position();
                }
                case PHYSICIAN_CAR, ASSESSMENT_CAR -> {
                    boolean physician = kind == UnitKind.PHYSICIAN_CAR;
                    prefix = physician ? "ALB" : "BED";
                    caps.add(DEFIBRILLATOR);
                    if (physician) {
                        maybe(caps, VENTILATOR, 0.5);
                    }
                    tier = null;
                    care = CareLevel.ADVANCED;
                    lying = 0;
                    seated = 0;
                    crew = physician ? List.of(PHYSICIAN, EMT) : List.of(AMBULANCE_NURSE);
                    hours = physician ? (random.nextDouble() < 0.5 ? "24/7" : "Mo-Su 08:00-20:00") : "Mo-Su 07:00-23:00";
                }
                case AMBULANCE_BUS -> {
                    prefix = "BUS";
                    caps.addAll(List.of(DEFIBRILLATOR, WHEELCHAIR_LIFT));
                    maybe(caps, VENTILATOR, 0.5);
                    maybe(caps, CBRN, 0.2);
                    lying = 4 + random.nextInt(5);
                    tier = lying >= 6 ? 1 : 2;
                    care = CareLevel.ADVANCED;
                    seated = 12 + random.nextInt(9);
                    wheelchair = 2;
                    crew = List.of(AMBULANCE_NURSE, NURSE, DRIVER);
                    base = hospitalOf.get(c);
                    around = base.position();
                    from = ReadinessLevel.STAFF_MODE;
                    dispatch = "Sjukvårdsledning (ISL) " + region.shortName();
                    reserve = 0.5;
                }
                case MOBILE_CARE_TEAM -> {
                    prefix = "MOB";
                    maybe(caps, PAEDIATRIC, 0.2);
                    tier = null;
                    care = CareLevel.ADVANCED;
                    lying = 0;
                    seated = 0;
                    crew = random.nextDouble() < 0.3 ? List.of(NURSE, PHYSICIAN) : List.of(NURSE);
                    hours = "Mo-Fr 08:00-17:00";
                    dispatch = "Vårdsamordning " + region.shortName();
                }
                case PATIENT_TRAVEL_TAXI -> {
                    prefix = "TAX";
                    // Tier 1: special vehicle with lift and stretcher; 2: taxi with a wheelchair place; 3: ordinary.
                    double vehicle = random.nextDouble();
                    tier = vehicle < 0.03 ? 1 : vehicle < 0.15 ? 2 : 3;
                    if (tier < 3) {
                        caps.add(WHEELCHAIR_LIFT);
                    }
                    if (north) {
                        maybe(caps, WINTER, 0.5);
                    }
                    care = CareLevel.NONE;
                    lying = tier == 1 ? 1 : 0;
                    seated = 3 + random.nextInt(2);
                    wheelchair = caps.contains(WHEELCHAIR_LIFT) ? 1 : 0;
                    crew = List.of(DRIVER);
                    owner = "TAXI-" + c;
                    base = taxiDepotOf.get(c);
                    // Taxis roam their region: spread them around any of its towns, more widely.
                    around = town(region).position();
                    spread = 0.08;
                    hours = random.nextDouble() < 0.7 ? "24/7" : "Mo-Su 06:00-22:00";
                    dispatch = "Reseservice";
                }
                case PATIENT_TRAVEL_BUS -> {
                    prefix = "SRB";
                    maybe(caps, WHEELCHAIR_LIFT, 0.6);
                    tier = null;
                    care = CareLevel.NONE;
                    lying = 0;
                    seated = 16 + random.nextInt(25);
                    wheelchair = caps.contains(WHEELCHAIR_LIFT) ? 2 : 0;
                    crew = List.of(DRIVER);
                    owner = "BUSS-" + c;
                    base = busDepotOf.get(c);
                    around = town(region).position();
                    spread = 0.05;
                    hours = "Mo-Fr 06:00-20:00";
                    dispatch = "Reseservice";
                    from = ReadinessLevel.REINFORCEMENT;
                    reserve = 0.4;
                }
                case RESCUE_SERVICE -> {
                    prefix = "RTJ";
                    maybe(caps, OFF_ROAD, 0.4);
                    maybe(caps, CBRN, 0.1);
                    maybe(caps, DEFIBRILLATOR, 0.6);
                    if (north) {
                        maybe(caps, WINTER, 0.6);
                    }
                    care = CareLevel.BASIC;
                    lying = 1;
                    seated = 2;
                    crew = List.of(FIREFIGHTER);
                    owner = "RTJ-" + c;
                    Place town = town(region);
                    base = rescueOf.get(town.name());
                    around = base.position();
                    if (random.nextDouble() < VOLUNTEER_RESCUE_SHARE) {
                        // Volunteers keep their vehicles at home: no base, called in from disaster level.
                        owner = "FRIV-" + c;
                        base = null;
                        spread = 0.1;
                        caps.add(OFF_ROAD);
                        from = ReadinessLevel.DISASTER;
                        reserve = 0.6;
                        dispatch = "Frivilliga resursgruppen " + region.shortName();
                    }
                    tier = null;
                }
                default -> throw new IllegalStateException("not a ground kind: " + kind);
            }
            return new Unit(callSign(c, prefix), plate(), kind, tier, owner, c, base == null ? null : base.code(),
                    status(reserve), care, lying, seated, wheelchair, kind == UnitKind.SPECIALIST_FLIGHT ? 1 : 0, crew,
                    caps, hours, dispatch, from, scatter(around, spread), false);
        }

        /** The station of a region's unit: its seat with {@link #SEAT_SHARE}, another of its towns otherwise. */
        private Base station(Region region) {
            return stationOf.get(town(region).name());
        }

        private Place town(Region region) {
            List<Place> towns = townsOf.computeIfAbsent(region.code(), reference::placesIn);
            Place seat = seatOf.computeIfAbsent(region.code(), c -> towns.stream()
                    .filter(p -> p.name().equals(region.seatName())).findFirst().orElse(towns.get(0)));
            if (towns.size() == 1 || random.nextDouble() < SEAT_SHARE) {
                return seat;
            }
            return towns.get(random.nextInt(towns.size()));
        }

        private boolean maybe(Set<Capability> caps, Capability capability, double probability) {
            if (random.nextDouble() < probability) {
                caps.add(capability);
                return true;
            }
            return false;
        }

        private UnitStatus status(double reserveShare) {
            if (random.nextDouble() < reserveShare) {
                return UnitStatus.RESERVE;
            }
            double x = random.nextDouble();
            if (x < 0.70) {
                return UnitStatus.AVAILABLE;
            } else if (x < 0.82) {
                return UnitStatus.ASSIGNED;
            } else if (x < 0.89) {
                return UnitStatus.IN_TRANSIT;
            } else if (x < 0.94) {
                return UnitStatus.AT_HOSPITAL;
            } else if (x < 0.97) {
                return UnitStatus.OUT_OF_SERVICE;
            }
            return UnitStatus.RESERVE;
        }

        private UnitStatus militaryStatus() {
            double x = random.nextDouble();
            return x < 0.7 ? UnitStatus.RESERVE : x < 0.95 ? UnitStatus.AVAILABLE : UnitStatus.OUT_OF_SERVICE;
        }

        private String callSign(String county, String prefix) {
            int n = sequence.merge(county + prefix, 1, Integer::sum);
            return county + '-' + prefix + '-' + zeroPadded(n, 4);
        }

        private int sequenceNext(String key) {
            return sequence.merge(key, 1, Integer::sum);
        }

        /** A Swedish-style plate (three letters, three digits), never the same twice in one inventory. */
        private String plate() {
            plateIndex = (int) ((plateIndex + (long) plateStride) % PLATES);
            int digits = plateIndex % 1000;
            int letters = plateIndex / 1000;
            int n = LETTERS.length();
            return "" + LETTERS.charAt(letters / (n * n)) + LETTERS.charAt(letters / n % n) + LETTERS.charAt(letters % n)
                    + zeroPadded(digits, 3);
        }

        private String aircraftRegistration() {
            int n = sequenceNext("SE-");
            int len = LETTERS.length();
            return "SE-J" + LETTERS.charAt(n / len % len) + LETTERS.charAt(n % len);
        }

        /** A point near {@code centre}: normally distributed, {@code sigmaDeg} degrees of latitude (longitude scaled). */
        private GeoPoint scatter(GeoPoint centre, double sigmaDeg) {
            double lat = centre.latitude() + gaussian() * sigmaDeg;
            double lon = centre.longitude() + gaussian() * sigmaDeg / Math.cos(Math.toRadians(centre.latitude()));
            return new GeoPoint(Math.max(-90, Math.min(90, lat)), lon);
        }

        private double gaussian() {
            return SyntheticPositions.gaussian(random);
        }
    }

    /** {@code n} with leading zeros to {@code width} digits (String.format is the generator's hot spot). */
    static String zeroPadded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
