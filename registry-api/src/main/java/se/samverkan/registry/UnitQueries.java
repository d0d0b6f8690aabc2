package se.samverkan.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import se.samverkan.platform.persistence.SamverkanDataSource;
import se.samverkan.platform.persistence.NamedSql;
import se.samverkan.platform.problem.ProblemException;

/**
 * Reads units with SQL: lists with filters and keyset paging, the PostGIS searches (radius, nearest by KNN,
 * bounding box, polygon), counts and exports. Reads go straight to JDBC because they are the hot path (the
 * nearest-unit search must answer in milliseconds) and need PostGIS operators JPQL does not have.
 * Visibility of sensitive units is a parameter: callers decide it (see {@link Visibility}).
 */
@ApplicationScoped
public class UnitQueries {

    static final NamedSql COLUMNS = NamedSql.resource(UnitQueries.class, "unit-columns.sql");
    static final NamedSql NEAREST = NamedSql.resource(UnitQueries.class, "nearest-available.sql");

    /** Largest page a list or area search returns; exports stream without this limit. */
    public static final int MAX_PAGE = 1000;

    @Resource(lookup = "java:app/jdbc/samverkan")
    DataSource dataSource;

    @Resource(lookup = SamverkanDataSource.SEARCH_JNDI_NAME)
    DataSource searchSource;

    public record Page(List<UnitView> items, String nextCursor) {
    }

    public Optional<UnitView> byId(UUID id) {
        return query(COLUMNS.jdbc() + " WHERE u.id = ?", List.of(id), false).stream().findFirst();
    }

    /**
     * The same read on a connection the caller holds and keeps open: a write reads its unit back inside its
     * own transaction. (A second connection from the pool inside the transaction was validated and matched to
     * the transaction's own each time: 5-9 ms per read under load, with the unit's row lock held.)
     */
    public Optional<UnitView> byId(Connection c, UUID id) {
        try (PreparedStatement st = c.prepareStatement(COLUMNS.jdbc() + " WHERE u.id = ?")) {
            st.setObject(1, id);
            return read(st, false).stream().findFirst();
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
    }

    public Page list(UnitFilter filter, UnitSort.Order order, String cursor, int limit, boolean cleared) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS.jdbc()).append(" WHERE true");
        where(filter, cleared, sql, params);
        String col = order.sort().column();
        if (cursor != null && !cursor.isBlank()) {
            Cursor c = Cursor.decode(cursor, order);
            sql.append(" AND (").append(col).append(", u.id) ").append(order.descending() ? "<" : ">").append(" (?, ?)");
            params.add(order.sort() == UnitSort.LAST_CONFIRMED ? Timestamp.from(Instant.parse(c.value())) : c.value());
            params.add(UUID.fromString(c.id()));
        }
        String dir = order.descending() ? " DESC" : " ASC";
        sql.append(" ORDER BY ").append(col).append(dir).append(", u.id").append(dir).append(" LIMIT ?");
        params.add(limit + 1);
        List<UnitView> rows = query(sql.toString(), params, false);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            UnitView last = rows.get(limit - 1);
            next = new Cursor(order.wire(), sortValue(order.sort(), last), last.id().toString()).encode();
        }
        return new Page(List.copyOf(rows), next);
    }

    /** The n nearest units available now with every capability asked for (KNN on the GiST index). */
    public List<UnitView> nearestAvailable(double lat, double lon, Set<String> capabilities, Set<String> kinds,
                                           int n, boolean cleared) {
        Map<String, Object> values = new HashMap<>();
        values.put("lon", lon);
        values.put("lat", lat);
        values.put("caps", arrayLiteral(capabilities));
        values.put("kinds", arrayLiteral(kinds));
        values.put("cleared", cleared);
        values.put("n", n);
        try (Connection c = searchSource.getConnection(); PreparedStatement st = c.prepareStatement(NEAREST.jdbc())) {
            NEAREST.bind(st, values);
            return read(st, true);
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
    }

    /** Units within a radius (metres) of a point, nearest first. */
    public List<UnitView> withinRadius(double lat, double lon, double radiusMetres, UnitFilter filter, int limit,
                                       boolean cleared) {
        List<Object> params = new ArrayList<>();
        String point = "ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography";
        StringBuilder sql = new StringBuilder(COLUMNS.jdbc().replaceFirst("(?s)\\s+FROM transport_unit u",
                ", ST_Distance(u.position, " + point + ", false) AS distance FROM transport_unit u"));
        params.add(lon);
        params.add(lat);
        sql.append(" WHERE u.position IS NOT NULL AND ST_DWithin(u.position, ").append(point).append(", ?, false)");
        params.add(lon);
        params.add(lat);
        params.add(radiusMetres);
        where(filter, cleared, sql, params);
        sql.append(" ORDER BY u.position <-> ").append(point).append(" LIMIT ?");
        params.add(lon);
        params.add(lat);
        params.add(limit);
        return query(sql.toString(), params, true);
    }

    /**
     * Units inside an area given as GeoJSON (Polygon or MultiPolygon in WGS 84). Edges are read as lines of
     * constant bearing on the plate carrée, as GIS users draw them: the index prefilters on the geography,
     * then the exact test runs on the geometry.
     */
    public List<UnitView> inArea(String geoJsonPolygon, UnitFilter filter, int limit, boolean cleared) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS.jdbc());
        sql.append(" WHERE u.position IS NOT NULL")
                .append(" AND u.position && ST_Expand(ST_GeomFromGeoJSON(?), 0.5)::geography")
                .append(" AND ST_Intersects(u.position::geometry, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))");
        params.add(geoJsonPolygon);
        params.add(geoJsonPolygon);
        where(filter, cleared, sql, params);
        sql.append(" ORDER BY u.call_sign, u.id LIMIT ?");
        params.add(limit);
        return query(sql.toString(), params, false);
    }

    /** Units in a longitude/latitude box, for map views and GIS clients. */
    public List<UnitView> inBox(double minLon, double minLat, double maxLon, double maxLat, UnitFilter filter,
                                int limit, boolean cleared) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS.jdbc());
        sql.append(" WHERE u.position IS NOT NULL")
                .append(" AND u.position && ST_Expand(ST_MakeEnvelope(?, ?, ?, ?, 4326), 0.5)::geography")
                .append(" AND ST_Intersects(u.position::geometry, ST_MakeEnvelope(?, ?, ?, ?, 4326))");
        for (int i = 0; i < 2; i++) {
            params.addAll(List.of(minLon, minLat, maxLon, maxLat));
        }
        where(filter, cleared, sql, params);
        sql.append(" ORDER BY u.call_sign, u.id LIMIT ?");
        params.add(limit);
        return query(sql.toString(), params, false);
    }

    /**
     * A page by offset for GIS clients (OGC API Features pages by offset): units in a longitude/latitude
     * box and confirmed within a time interval, in call-sign order, with how many match in all.
     */
    public Page2 page(double[] box, Timestamp from, Timestamp to, int offset, int limit, boolean cleared) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE u.position IS NOT NULL");
        if (box != null) {
            where.append(" AND u.position && ST_Expand(ST_MakeEnvelope(?, ?, ?, ?, 4326), 0.5)::geography")
                    .append(" AND ST_Intersects(u.position::geometry, ST_MakeEnvelope(?, ?, ?, ?, 4326))");
            for (int i = 0; i < 2; i++) {
                params.addAll(List.of(box[0], box[1], box[2], box[3]));
            }
        }
        if (from != null) {
            where.append(" AND u.last_confirmed_at >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND u.last_confirmed_at <= ?");
            params.add(to);
        }
        where(UnitFilter.all(), cleared, where, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(offset);
        pageParams.add(limit);
        List<UnitView> items = query(COLUMNS.jdbc() + where + " ORDER BY u.call_sign, u.id OFFSET ? LIMIT ?", pageParams, false);
        long total;
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM transport_unit u"
                     + " JOIN organisation o ON o.id = u.organisation_id" + where)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
        return new Page2(items, Math.max(total, offset + items.size()));
    }

    /** A page of units and how many match in all. */
    public record Page2(List<UnitView> items, long matched) {
    }

    /** Counts per region and kind. Sensitive units are counted here for everyone: only their details are hidden. */
    public List<UnitCount> counts(UnitFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT home_region, kind, count(*), count(*) FILTER (WHERE available_now),"
                + " count(*) FILTER (WHERE sensitive), count(*) FILTER (WHERE stale) FROM (")
                .append(COLUMNS.jdbc()).append(" WHERE true");
        where(filter, true, sql, params);
        sql.append(") AS units GROUP BY home_region, kind ORDER BY home_region, kind");
        List<UnitCount> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnitCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
        return out;
    }

    /** Streams every matching unit, in call-sign order, to the consumer; for exports of any size. */
    public void stream(UnitFilter filter, boolean cleared, Consumer<UnitView> sink) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS.jdbc()).append(" WHERE true");
        where(filter, cleared, sql, params);
        sql.append(" ORDER BY u.call_sign, u.id");
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            // A cursor needs a transaction in the PostgreSQL driver; without one it would read all rows first.
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                st.setFetchSize(1000);
                bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    Columns columns = Columns.of(rs, false);
                    while (rs.next()) {
                        sink.accept(row(rs, columns));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
    }

    private static void where(UnitFilter f, boolean cleared, StringBuilder sql, List<Object> params) {
        if (!f.includeRetired()) {
            sql.append(" AND u.retired_at IS NULL");
        }
        // home_region is char(2): compared with text[] the column would be cast and its index unusable
        // (a region's RESERVE units took 40 ms instead of 1 ms).
        in(sql, params, "u.home_region", f.regions(), "bpchar[]");
        in(sql, params, "u.kind", f.kinds(), "text[]");
        in(sql, params, "u.status", f.statuses(), "text[]");
        in(sql, params, "o.sector", f.sectors(), "text[]");
        if (!f.capabilities().isEmpty()) {
            sql.append(" AND u.capabilities @> CAST(? AS text[])");
            params.add(arrayLiteral(f.capabilities()));
        }
        if (f.availableNow() != null) {
            sql.append(f.availableNow() ? " AND" : " AND NOT")
                    .append(" (u.retired_at IS NULL AND u.status = 'AVAILABLE' AND u.available_from_rank <= rr.effective_rank)");
        }
        if (f.stale() != null) {
            sql.append(f.stale() ? " AND" : " AND NOT").append(" (u.last_confirmed_at < now()"
                    + " - confirmation_interval_in_force(p.confirmation_interval, rr.effective_rank))");
        }
        if (!cleared) {
            sql.append(" AND NOT u.sensitive");
        }
    }

    private static void in(StringBuilder sql, List<Object> params, String column, Set<String> values, String arrayType) {
        if (values.size() == 1) {
            // One value is an equality, which PostgreSQL can walk in an index's order: a region's list page
            // sorted by call sign reads its 50 rows from (home_region, call_sign, id) instead of walking the
            // whole country's call signs past the other regions' (found by the registry benchmark: 80 ms
            // for the last region's taxis, V27).
            sql.append(" AND ").append(column).append(" = CAST(? AS ")
                    .append(arrayType, 0, arrayType.length() - 2).append(')');
            params.add(values.iterator().next());
        } else if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" = ANY (CAST(? AS ").append(arrayType).append("))");
            params.add(arrayLiteral(values));
        }
    }

    static String arrayLiteral(Set<String> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        StringBuilder s = new StringBuilder("{");
        for (String v : values.stream().sorted().toList()) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private List<UnitView> query(String sql, List<Object> params, boolean withDistance) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            return read(st, withDistance);
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    private static List<UnitView> read(PreparedStatement st, boolean withDistance) throws SQLException {
        List<UnitView> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            Columns columns = Columns.of(rs, withDistance);
            while (rs.next()) {
                out.add(row(rs, columns));
            }
        }
        return out;
    }

    private static UnitView row(ResultSet rs, Columns c) throws SQLException {
        String baseCode = rs.getString(c.baseCode);
        double lat = rs.getDouble(c.lat);
        Position position = rs.wasNull() ? null : new Position(lat, rs.getDouble(c.lon));
        Timestamp retired = rs.getTimestamp(c.retiredAt);
        int tier = rs.getInt(c.tier);
        Integer tierOrNull = rs.wasNull() ? null : tier;
        // getObject(column) rather than getObject(column, UUID.class): the pool's result-set wrapper looks the
        // JDBC 4.1 method up by reflection on every call (about 5 % of a nearest-unit request in the profile).
        return new UnitView((UUID) rs.getObject(c.id), rs.getString(c.callSign), rs.getString(c.registration),
                rs.getString(c.kind), tierOrNull,
                new UnitView.OrganisationRef(rs.getString(c.orgCode), rs.getString(c.orgName), rs.getString(c.sector)),
                rs.getString(c.homeRegion),
                baseCode == null ? null : new UnitView.BaseRef(baseCode, rs.getString(c.baseName)),
                rs.getString(c.status), rs.getString(c.careLevel),
                new UnitInput.CapacityInput(rs.getInt(c.lying), rs.getInt(c.seated),
                        rs.getInt(c.wheelchair), rs.getInt(c.incubator)),
                strings(rs.getArray(c.crew)), strings(rs.getArray(c.capabilities)),
                rs.getString(c.operatingHours), rs.getString(c.dispatchBy), rs.getString(c.availableFrom),
                rs.getBoolean(c.availableNow), position,
                c.distance > 0 ? Math.round(rs.getDouble(c.distance) * 10) / 10.0 : null,
                rs.getBoolean(c.sensitive), rs.getTimestamp(c.lastConfirmedAt).toInstant(), rs.getBoolean(c.stale),
                retired == null ? null : retired.toInstant(), rs.getLong(c.version));
    }

    /**
     * Where each column of a unit row is in one result set, looked up once per query instead of by name on
     * every value: by name, the driver searched its column map for each of a row's 30 values (a tenth of a
     * nearest-unit request's CPU in the profile, docs/benchmarks.md).
     */
    private record Columns(int id, int callSign, int registration, int kind, int tier, int orgCode, int orgName,
                           int sector, int homeRegion, int baseCode, int baseName, int status, int careLevel,
                           int lying, int seated, int wheelchair, int incubator, int crew, int capabilities,
                           int operatingHours, int dispatchBy, int availableFrom, int availableNow, int lat, int lon,
                           int sensitive, int lastConfirmedAt, int stale, int retiredAt, int version, int distance) {

        /** The columns of this result set; {@code distance} is 0 (none) unless asked for. */
        static Columns of(ResultSet rs, boolean withDistance) throws SQLException {
            return new Columns(rs.findColumn("id"), rs.findColumn("call_sign"), rs.findColumn("registration"),
                    rs.findColumn("kind"), rs.findColumn("tier"), rs.findColumn("org_code"), rs.findColumn("org_name"),
                    rs.findColumn("sector"), rs.findColumn("home_region"), rs.findColumn("base_code"),
                    rs.findColumn("base_name"), rs.findColumn("status"), rs.findColumn("care_level"),
                    rs.findColumn("capacity_lying"), rs.findColumn("capacity_seated"),
                    rs.findColumn("capacity_wheelchair"), rs.findColumn("capacity_incubator"),
                    rs.findColumn("crew_competence"), rs.findColumn("capabilities"), rs.findColumn("operating_hours"),
                    rs.findColumn("dispatch_by"), rs.findColumn("available_from"), rs.findColumn("available_now"),
                    rs.findColumn("lat"), rs.findColumn("lon"), rs.findColumn("sensitive"),
                    rs.findColumn("last_confirmed_at"), rs.findColumn("stale"), rs.findColumn("retired_at"),
                    rs.findColumn("version"), withDistance ? rs.findColumn("distance") : 0);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String sortValue(UnitSort sort, UnitView u) {
        return switch (sort) {
            case CALL_SIGN -> u.callSign();
            case KIND -> u.kind();
            case STATUS -> u.status();
            case REGION -> u.homeRegion();
            case LAST_CONFIRMED -> u.lastConfirmedAt().toString();
        };
    }

    /** An opaque position in a list: the sort it belongs to, the last sort value and id seen. */
    record Cursor(String sort, String value, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((sort + "\n" + value + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text, UnitSort.Order order) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("parts");
                }
                UUID.fromString(parts[2]);
                if (!parts[0].equals(order.wire())) {
                    throw ProblemException.invalid("cursor", "belongs to a list sorted by " + parts[0]
                            + "; ask with the same sort, or start again without a cursor");
                }
                if (order.sort() == UnitSort.LAST_CONFIRMED) {
                    Instant.parse(parts[1]);
                }
                return new Cursor(parts[0], parts[1], parts[2]);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this API gave out; start again without one");
            }
        }
    }

    /** A database error while reading units; the problem mappers answer 503 or 500 from its cause. */
    public static class DatabaseFailure extends RuntimeException {
        public DatabaseFailure(SQLException cause) {
            super(cause);
        }
    }
}
