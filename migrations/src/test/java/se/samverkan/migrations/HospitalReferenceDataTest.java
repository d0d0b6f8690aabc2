package se.samverkan.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The generated hospital migration must say exactly what hospitals.csv says, and the list must be plausible. */
class HospitalReferenceDataTest {

    private static final Pattern ROW = Pattern.compile(
            "VALUES \\('([^']+)', '((?:[^']|'')+)', '(\\d{2})', ST_SetSRID\\(ST_MakePoint\\(([-0-9.]+), ([-0-9.]+)\\), 4326\\)"
                    + "::geography, (NULL|'[A-Z]+'), (true|false), (NULL|'[A-Z]{4}'), true\\)");

    private record Hospital(String code, String name, String region, double lat, double lon, String level,
                            boolean helipad, String airport) {
    }

    private static List<Hospital> csv;
    private static List<Hospital> sql;

    @BeforeAll
    static void read() throws IOException {
        csv = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("reference/hospitals.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("code,name,region,lat,lon,level,helipad,nearest_airport");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).as("fields in %s (names must not hold commas)", line).hasSize(8);
            assertThat(f[6]).as("helipad of %s", f[0]).isIn("yes", "no");
            csv.add(new Hospital(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    f[5].isEmpty() ? null : f[5], f[6].equals("yes"), f[7].isEmpty() ? null : f[7]));
        }
        sql = new ArrayList<>();
        String text = Files.readString(
                Path.of("src/main/resources/db/migration/R__zz_hospital_reference_data.sql"), StandardCharsets.UTF_8);
        Matcher m = ROW.matcher(text);
        while (m.find()) {
            sql.add(new Hospital(m.group(1), m.group(2).replace("''", "'"), m.group(3),
                    Double.parseDouble(m.group(5)), Double.parseDouble(m.group(4)), unquote(m.group(6)),
                    Boolean.parseBoolean(m.group(7)), unquote(m.group(8))));
        }
    }

    @Test
    void sqlHoldsExactlyTheRowsOfTheCsv() {
        assertThat(sql).containsExactlyElementsOf(csv);
    }

    @Test
    void listsSixtyToSeventyEmergencyHospitalsCoveringEveryRegion() {
        assertThat(csv).hasSizeBetween(60, 75);
        assertThat(csv.stream().map(Hospital::region).collect(Collectors.toSet())).hasSize(21);
        assertThat(csv.stream().map(Hospital::code).distinct().count()).isEqualTo(csv.size());
        assertThat(csv.stream().map(Hospital::name).distinct().count()).isEqualTo(csv.size());
    }

    @Test
    void codesAreStableAndNameTheirRegion() {
        for (Hospital h : csv) {
            assertThat(h.code()).matches("SE-[0-9]{2}(-[A-Z0-9]+)+").startsWith("SE-" + h.region() + "-");
            assertThat(h.level()).isIn("UNIVERSITY", "COUNTY", "LOCAL");
            assertThat(h.airport()).as("airport of %s", h.code()).matches("ES[A-Z]{2}");
        }
        // The demo hospital reporter of the security issue is bound to this code.
        assertThat(csv).anySatisfy(h -> {
            assertThat(h.code()).isEqualTo("SE-23-OSTERSUND");
            assertThat(h.name()).contains("Östersund");
        });
    }

    @Test
    void everyHospitalLiesInItsOwnRegion() {
        var boundaries = ReferenceRegions.boundariesByCode();
        for (Hospital h : csv) {
            var point = ReferenceRegions.FACTORY.createPoint(new Coordinate(h.lon(), h.lat()));
            // Karlskrona's hospital stands on an island the simplified outline dropped: allow 0.05° (~3-5 km).
            assertThat(boundaries.get(h.region()).distance(point)).as("%s in region %s", h.code(), h.region())
                    .isLessThan(0.05);
            boundaries.forEach((code, boundary) -> {
                if (!code.equals(h.region())) {
                    assertThat(boundary.contains(point)).as("%s inside region %s", h.code(), code).isFalse();
                }
            });
        }
    }

    private static String unquote(String value) {
        return "NULL".equals(value) ? null : value.substring(1, value.length() - 1);
    }
}
