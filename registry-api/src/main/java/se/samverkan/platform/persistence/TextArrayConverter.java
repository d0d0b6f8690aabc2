package se.samverkan.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a PostgreSQL {@code text[]} column to a list of strings. Writes go out as an array literal, cast by
 * the server (the data source sends strings untyped); reads arrive as {@link java.sql.Array} or, through EclipseLink, as an Object[]. Elements are
 * vocabulary codes ([a-z0-9_-]), so the literal needs no quoting; anything else is refused rather than
 * quoted wrongly.
 */
@Converter
public class TextArrayConverter implements AttributeConverter<List<String>, Object> {

    @Override
    public Object convertToDatabaseColumn(List<String> values) {
        if (values == null) {
            return "{}";
        }
        for (String v : values) {
            if (v == null || !v.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("not a vocabulary code: " + v);
            }
        }
        return "{" + String.join(",", values) + "}";
    }

    @Override
    public List<String> convertToEntityAttribute(Object column) {
        if (column == null) {
            return List.of();
        }
        // EclipseLink already unpacks java.sql.Array into an Object[]; a plain JDBC read does not.
        if (column instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).toList();
        }
        if (column instanceof Array array) {
            try {
                return List.copyOf(Arrays.asList((String[]) array.getArray()));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read text[] column", e);
            }
        }
        return parseLiteral(column.toString());
    }

    static List<String> parseLiteral(String literal) {
        String inner = literal.strip();
        if (inner.length() < 2 || inner.charAt(0) != '{' || inner.charAt(inner.length() - 1) != '}') {
            throw new IllegalStateException("not an array literal: " + literal);
        }
        inner = inner.substring(1, inner.length() - 1);
        if (inner.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : inner.split(",")) {
            out.add(part.replace("\"", ""));
        }
        return List.copyOf(out);
    }
}
