package se.samverkan.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of native queries, as the driver or the persistence provider hands them over. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column: a Timestamp from JDBC, an OffsetDateTime from some providers, or text; null stays null. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (column instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return OffsetDateTime.parse(column.toString()).toInstant();
    }
}
