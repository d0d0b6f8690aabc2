package se.samverkan.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An empty database on the test cluster that {@code ./samverkan test} starts, made for one test and dropped
 * after it, with the few queries the migration tests ask of it.
 */
final class ThrowAwayDatabase {

    static final String ADMIN_URL = System.getProperty(
            "samverkan.db.admin.url", "jdbc:postgresql://localhost:55432/postgres");
    static final String ADMIN_USER = System.getProperty("samverkan.db.admin.user", "postgres");

    private final String name;
    final String url;

    private ThrowAwayDatabase(String name) {
        this.name = name;
        this.url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    static ThrowAwayDatabase create(String prefix) throws SQLException {
        ThrowAwayDatabase db = new ThrowAwayDatabase(prefix + "_" + Long.toHexString(System.nanoTime()));
        admin("CREATE DATABASE " + db.name);
        return db;
    }

    void drop() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    SchemaMigrations migrations() {
        return SchemaMigrations.forUrl(url, ADMIN_USER, "");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, ADMIN_USER, "");
    }

    long queryLong(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Every region's code, version and outline in one string: equal strings, unchanged outlines. */
    String regionsFingerprint() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(code || ':' || version || ':' || "
                     + "md5(ST_AsBinary(boundary)::text), ',' ORDER BY code) FROM region")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
