package se.samverkan.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL text kept as a resource file with {@code :name} placeholders (the form pgbench and psql read too),
 * turned into a JDBC statement with positional parameters. Comment lines are dropped; {@code ::} casts are
 * left alone.
 */
public final class NamedSql {

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!:):([a-z][a-z0-9_]*)");

    private final String jdbc;
    private final List<String> order;

    private NamedSql(String jdbc, List<String> order) {
        this.jdbc = jdbc;
        this.order = List.copyOf(order);
    }

    public static NamedSql resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("SQL resource missing: " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NamedSql parse(String text) {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        List<String> order = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new NamedSql(out.toString().strip(), order);
    }

    /** The SQL without its placeholders replaced, for composing: callers append clauses to it. */
    public String jdbc() {
        return jdbc;
    }

    public List<String> parameterNames() {
        return order;
    }

    /** Binds every placeholder by name; a name without a value is a programming error. */
    public void bind(PreparedStatement statement, Map<String, Object> values) throws SQLException {
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            statement.setObject(i + 1, values.get(name));
        }
    }
}
