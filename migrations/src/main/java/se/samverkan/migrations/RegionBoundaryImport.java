package se.samverkan.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the region outlines with those of a more detailed GeoJSON file (RFC 7946: a FeatureCollection in
 * WGS 84, one feature per region, the county code in a property). All or nothing: the file is checked
 * completely — every one of the regions in the database matched once by county code, Polygon or
 * MultiPolygon geometries, longitude/latitude within Sweden's extent, valid — and only then are the
 * outlines replaced, in one transaction. PostGIS parses the GeoJSON, so the command needs no JSON library.
 *
 * <p>Note: the repeatable migration {@code R__region_reference_data.sql} writes the shipped, simplified
 * outlines again whenever that file changes; import the detailed file again after such a change.
 */
public final class RegionBoundaryImport {

    /** Sweden with a margin, in degrees: catches files in SWEREF 99 TM metres or with swapped axes. */
    private static final double MIN_LON = 10.0;
    private static final double MAX_LON = 25.0;
    private static final double MIN_LAT = 55.0;
    private static final double MAX_LAT = 70.0;

    private final Connection connection;

    public RegionBoundaryImport(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** What the import did: how many regions got a new outline. */
    public record Outcome(int regionsReplaced) {
    }

    /** The file was refused; {@link #problems()} lists every reason found, nothing was changed. */
    public static final class RefusedException extends Exception {
        private final List<String> problems;

        RefusedException(List<String> problems) {
            super("the region file was refused: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public Outcome replaceBoundaries(String geoJson, String codeProperty) throws RefusedException, SQLException {
        Objects.requireNonNull(geoJson, "geoJson");
        Objects.requireNonNull(codeProperty, "codeProperty");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Outcome outcome = replaceInTransaction(geoJson, codeProperty);
            connection.commit();
            return outcome;
        } catch (RefusedException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Outcome replaceInTransaction(String geoJson, String codeProperty) throws RefusedException, SQLException {
        String type;
        try (PreparedStatement s = connection.prepareStatement("SELECT json_typeof(?::json), (?::json)->>'type'")) {
            s.setString(1, geoJson);
            s.setString(2, geoJson);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                type = "object".equals(rs.getString(1)) ? rs.getString(2) : null;
            }
        } catch (SQLException e) {
            if ("22P02".equals(e.getSQLState())) {
                throw new RefusedException(List.of("the file is not JSON: " + firstLine(e.getMessage())));
            }
            throw e;
        }
        if (!"FeatureCollection".equals(type)) {
            throw new RefusedException(List.of("the file must be a GeoJSON FeatureCollection, its type is " + type));
        }
        try (PreparedStatement s = connection.prepareStatement("""
                CREATE TEMP TABLE region_import ON COMMIT DROP AS
                SELECT n::int AS feature,
                       f -> 'properties' ->> ? AS code_text,
                       f -> 'geometry' ->> 'type' AS geometry_type,
                       f -> 'geometry' AS geometry_json,
                       NULL::char(2) AS code,
                       NULL::geometry AS geom
                FROM json_array_elements((?::json) -> 'features') WITH ORDINALITY AS t(f, n)""")) {
            s.setString(1, codeProperty);
            s.setString(2, geoJson);
            s.execute();
        }
        List<String> problems = new ArrayList<>();
        collect(problems, "SELECT 'feature ' || feature || ': no county code (1–25) in property ''' || ? || ''''"
                + " FROM region_import WHERE code_text IS NULL OR code_text !~ '^\\s*[0-9]{1,2}\\s*$' ORDER BY feature",
                codeProperty);
        update("UPDATE region_import SET code = lpad(trim(code_text), 2, '0') WHERE code_text ~ '^\\s*[0-9]{1,2}\\s*$'");
        collect(problems, "SELECT 'feature ' || feature || coalesce(' (region ' || code || ')', '') || ': the geometry must be"
                + " a Polygon or MultiPolygon, was ' || coalesce(geometry_type, 'missing')"
                + " FROM region_import WHERE geometry_type IS NULL OR geometry_type NOT IN ('Polygon', 'MultiPolygon') ORDER BY feature");
        collect(problems, "SELECT 'region ' || code || ' appears ' || count(*) || ' times (features '"
                + " || string_agg(feature::text, ', ' ORDER BY feature) || ')'"
                + " FROM region_import WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1 ORDER BY code");
        collect(problems, "SELECT 'region ' || r.code || ' (' || r.name || ') is missing from the file'"
                + " FROM region r WHERE NOT EXISTS (SELECT 1 FROM region_import i WHERE i.code = r.code) ORDER BY r.code");
        collect(problems, "SELECT 'feature ' || feature || ': county code ' || code || ' is not a region'"
                + " FROM region_import i WHERE code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region r WHERE r.code = i.code)"
                + " ORDER BY feature");
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        try {
            update("UPDATE region_import SET geom = ST_GeomFromGeoJSON(geometry_json::text)");
        } catch (SQLException e) {
            throw new RefusedException(List.of("a geometry cannot be read: " + firstLine(e.getMessage())));
        }
        collect(problems, "SELECT 'region ' || code || ': coordinates span longitude ' || round(ST_XMin(geom)::numeric, 2)"
                + " || '…' || round(ST_XMax(geom)::numeric, 2) || ', latitude ' || round(ST_YMin(geom)::numeric, 2) || '…'"
                + " || round(ST_YMax(geom)::numeric, 2) || ', outside Sweden: GeoJSON must be WGS 84 longitude/latitude"
                + " (is the file in SWEREF 99 TM metres? convert it first, e.g. ogr2ogr -t_srs EPSG:4326)'"
                + " FROM region_import WHERE ST_XMin(geom) < " + MIN_LON + " OR ST_XMax(geom) > " + MAX_LON
                + " OR ST_YMin(geom) < " + MIN_LAT + " OR ST_YMax(geom) > " + MAX_LAT + " ORDER BY code");
        if (problems.isEmpty()) {
            collect(problems, "SELECT 'region ' || code || ': invalid geometry: ' || ST_IsValidReason(geom)"
                    + " FROM region_import WHERE NOT ST_IsValid(geom) ORDER BY code");
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        int replaced = update("""
                UPDATE region r SET boundary = ST_Multi(ST_SetSRID(i.geom, 4326))::geography, version = r.version + 1
                FROM region_import i WHERE r.code = i.code""");
        return new Outcome(replaced);
    }

    private void collect(List<String> problems, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
        }
    }

    private int update(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
