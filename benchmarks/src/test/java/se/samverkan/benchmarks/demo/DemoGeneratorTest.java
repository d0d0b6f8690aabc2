package se.samverkan.benchmarks.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.benchmarks.demo.Vocabulary.ReadinessLevel;
import se.samverkan.benchmarks.demo.Vocabulary.Sector;
import se.samverkan.benchmarks.demo.Vocabulary.UnitKind;

class DemoGeneratorTest {

    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final DemoGenerator GENERATOR = new DemoGenerator(REFERENCE);
    /** Inventories of seed 42 by size, shared by tests that only read them (100 000 units take seconds). */
    private static final Map<Integer, DemoInventory> SEED_42 = new java.util.concurrent.ConcurrentHashMap<>();

    private static DemoInventory seed42(int size) {
        return SEED_42.computeIfAbsent(size, n -> GENERATOR.generate(n, 42));
    }

    @Test
    void sameSeedAndSizeGiveTheSameBytes() {
        DemoInventory a = GENERATOR.generate(3_000, 7);
        DemoInventory b = new DemoGenerator(ReferenceData.load()).generate(3_000, 7);
        assertThat(csv(a)).isEqualTo(csv(b));
        assertThat(organisationsJson(a)).isEqualTo(organisationsJson(b));
        assertThat(basesJson(a)).isEqualTo(basesJson(b));
        assertThat(geoJson(a)).isEqualTo(geoJson(b));
    }

    @Test
    void anotherJvmWritesTheSameFiles(@TempDir Path dir) throws Exception {
        // Hash seeds of Set.of/Map.of differ between JVMs: only a second process shows order leaking into output.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DemoDataCommand.class.getName(), "generate", "--size", "1000", "--seed", "11", "--out", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        DemoInventory here = GENERATOR.generate(1_000, 11);
        assertThat(Files.readString(dir.resolve(InventoryFiles.UNITS_CSV))).isEqualTo(csv(here));
        assertThat(Files.readString(dir.resolve(InventoryFiles.BASES))).isEqualTo(basesJson(here));
        assertThat(Files.readString(dir.resolve(InventoryFiles.ORGANISATIONS))).isEqualTo(organisationsJson(here));
    }

    @Test
    void anotherSeedGivesAnotherInventoryOfTheSameShape() {
        DemoInventory a = GENERATOR.generate(3_000, 7);
        DemoInventory b = GENERATOR.generate(3_000, 8);
        assertThat(csv(a)).isNotEqualTo(csv(b));
        assertThat(countByKind(a)).isEqualTo(countByKind(b));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 3_000, 25_000, 100_000})
    void everyRowIsValidByTheImportContract(int size) throws IOException {
        DemoInventory inventory = seed42(size);
        assertThat(inventory.units()).hasSize(size);
        UnitRowValidator validator = validatorFor(inventory);
        assertThat(validator.validate(new StringReader(csv(inventory)))).isEmpty();
    }

    @Test
    void theValidatorCatchesBrokenRows() throws IOException {
        DemoInventory inventory = GENERATOR.generate(1_000, 1);
        String[] lines = csv(inventory).split("\n");
        lines[5] = lines[5].replace("ROAD_AMBULANCE", "SPACESHIP");
        lines[6] = lines[6].substring(0, lines[6].lastIndexOf(','));
        lines[7] = lines[2];
        assertThat(lines[8]).contains(",AMBULANCE_HELICOPTER,1,"); // the air units come first
        lines[8] = lines[8].replace(",AMBULANCE_HELICOPTER,1,", ",AMBULANCE_HELICOPTER,4,");
        String broken = String.join("\n", lines) + "\n";
        List<UnitRowValidator.RowError> errors = validatorFor(inventory).validate(new StringReader(broken));
        assertThat(errors).extracting(UnitRowValidator.RowError::row).contains(6L, 7L);
        assertThat(errors).anySatisfy(e -> assertThat(e.field()).isEqualTo("call_sign"));
        assertThat(errors).anySatisfy(e -> assertThat(e.field()).isEqualTo("row"));
        assertThat(errors).contains(new UnitRowValidator.RowError(8, "tier", "AMBULANCE_HELICOPTER has no tier 4"));
    }

    @Test
    void basesAndUnitsReferToOrganisationsAndBasesThatExistAndCodesAreUnique() {
        DemoInventory inventory = GENERATOR.generate(5_000, 3);
        Set<String> organisations = codes(inventory.organisations(), Organisation::code);
        Set<String> bases = codes(inventory.bases(), Base::code);
        assertThat(organisations).hasSameSizeAs(inventory.organisations());
        assertThat(bases).hasSameSizeAs(inventory.bases());
        assertThat(inventory.bases()).allSatisfy(b -> assertThat(organisations).contains(b.organisation()));
        assertThat(codes(inventory.units(), Unit::registration)).hasSameSizeAs(inventory.units());
    }

    @Test
    void everyRegionHasItsOwnOrganisationAndTheNationalOnesAreThere() {
        DemoInventory inventory = GENERATOR.generate(1_000, 1);
        for (Region region : REFERENCE.regions()) {
            assertThat(inventory.organisations()).anySatisfy(o -> {
                assertThat(o.sector()).isEqualTo(Sector.REGION);
                assertThat(o.region()).isEqualTo(region.code());
            });
        }
        assertThat(inventory.organisations()).extracting(Organisation::sector)
                .contains(Sector.MILITARY, Sector.STATE, Sector.PRIVATE, Sector.MUNICIPAL, Sector.VOLUNTEER);
    }

    @Test
    void roadAmbulancesFollowPopulation() {
        DemoInventory inventory = GENERATOR.generate(10_000, 5);
        Map<String, Long> perRegion = inventory.units().stream().filter(u -> u.kind() == UnitKind.ROAD_AMBULANCE)
                .collect(Collectors.groupingBy(Unit::homeRegion, Collectors.counting()));
        long total = perRegion.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isEqualTo(1_000);
        for (Region region : REFERENCE.regions()) {
            double expected = total * (double) region.population() / REFERENCE.totalPopulation();
            assertThat((double) perRegion.getOrDefault(region.code(), 0L)).as(region.name()).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void patientTravelIsTheBulkAtLargeSizesAndMilitaryStaysAFewSensitiveUnits() {
        DemoInventory inventory = seed42(100_000);
        Map<UnitKind, Long> byKind = countByKind(inventory);
        long patientTravel = byKind.get(UnitKind.PATIENT_TRAVEL_TAXI) + byKind.get(UnitKind.PATIENT_TRAVEL_BUS);
        assertThat(patientTravel).isGreaterThan(80_000);
        long military = inventory.units().stream().filter(u -> u.kind().military()).count();
        assertThat(military).isBetween(20L, 200L);
        assertThat(inventory.units()).filteredOn(u -> u.kind().military())
                .allSatisfy(u -> {
                    assertThat(u.sensitive()).isTrue();
                    assertThat(u.availableFrom()).isEqualTo(ReadinessLevel.HEIGHTENED_READINESS);
                });
        assertThat(inventory.units()).filteredOn(u -> u.kind() == UnitKind.PATIENT_TRAVEL_BUS)
                .allSatisfy(u -> assertThat(u.availableFrom()).isEqualTo(ReadinessLevel.REINFORCEMENT));
    }

    @Test
    void smallInventoriesKeepEveryKindButShrinkTheCoreFleet() {
        Map<UnitKind, Long> byKind = countByKind(GENERATOR.generate(1_000, 5));
        assertThat(byKind.keySet()).containsAll(Arrays.asList(UnitKind.values()));
        assertThat(byKind.get(UnitKind.ROAD_AMBULANCE)).isLessThan(1_000).isGreaterThan(200);
    }

    @Test
    void helicoptersAndFixedWingSitAtTheirRealBases() {
        DemoInventory inventory = GENERATOR.generate(1_000, 5);
        Set<String> fixedWingBases = inventory.units().stream().filter(u -> u.kind() == UnitKind.FIXED_WING)
                .map(Unit::base).collect(Collectors.toSet());
        assertThat(fixedWingBases).containsExactlyInAnyOrder("UMEA-KSA", "SAVE-KSA");
        Map<String, Base> bases = inventory.bases().stream().collect(Collectors.toMap(Base::code, Function.identity()));
        assertThat(inventory.units()).filteredOn(u -> u.kind() == UnitKind.AMBULANCE_HELICOPTER).allSatisfy(u ->
                assertThat(u.position().distanceTo(bases.get(u.base()).position())).isLessThan(2_000));
    }

    @Test
    void unitsStayNearTheirBase() {
        DemoInventory inventory = GENERATOR.generate(3_000, 9);
        Map<String, Base> bases = inventory.bases().stream().collect(Collectors.toMap(Base::code, Function.identity()));
        assertThat(inventory.units()).filteredOn(u -> u.kind() == UnitKind.ROAD_AMBULANCE).allSatisfy(u ->
                assertThat(u.position().distanceTo(bases.get(u.base()).position())).isLessThan(20_000));
    }

    @Test
    void sizesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> GENERATOR.generate(10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GENERATOR.generate(10_000_000, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugsAreAsciiCodes() {
        assertThat(DemoGenerator.slug("Örnsköldsvik")).isEqualTo("ORNSKOLDSVIK");
        assertThat(DemoGenerator.slug("Dals Långed")).isEqualTo("DALS-LANGED");
    }

    static UnitRowValidator validatorFor(DemoInventory inventory) {
        return new UnitRowValidator(codes(inventory.organisations(), Organisation::code),
                codes(inventory.bases(), Base::code));
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
        return items.stream().map(code).collect(Collectors.toCollection(HashSet::new));
    }

    private static Map<UnitKind, Long> countByKind(DemoInventory inventory) {
        return inventory.units().stream().collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
    }

    static String csv(DemoInventory inventory) {
        return written(out -> InventoryFiles.writeUnitsCsv(inventory.units(), out));
    }

    private static String organisationsJson(DemoInventory inventory) {
        return written(out -> InventoryFiles.writeOrganisations(inventory.organisations(), out));
    }

    private static String basesJson(DemoInventory inventory) {
        return written(out -> InventoryFiles.writeBases(inventory.bases(), out));
    }

    private static String geoJson(DemoInventory inventory) {
        return written(out -> InventoryFiles.writeUnitsGeoJson(inventory.units(), out));
    }

    private static String written(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
