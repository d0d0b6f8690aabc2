package se.samverkan.registry.exchange;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import se.samverkan.registry.UnitInput;

/**
 * Applies an import in one transaction: the rows go to a temporary table by COPY (the fast path into
 * PostgreSQL), then, slice by slice of the file, an INSERT of the new units with their audit rows, and, once
 * the import's check has passed, an UPDATE of the units that exist with audit rows holding each unit before
 * and after. If anything fails, or the check does, the transaction rolls back and the registry is as it was.
 *
 * <p>Rows applied are reported as the work goes: the first half of the count while the rows are copied,
 * the second half slice by slice (one set of statements for the whole file left a watcher looking at
 * "50 000 of 100 000 applied" for most of the apply).
 */
@ApplicationScoped
public class ImportApplier {

    private static final int CHUNK = 2000;

    /** Slices the statements after the COPY apply in: enough to see an import move, few enough to cost nothing. */
    static final int SLICES = 10;

    /** No slice smaller than this: a small import is applied in one or a few. */
    static final int MIN_SLICE = 1000;

    // Its own connection, not one of the pool's: the container enlists a pooled connection a thread holds
    // into any transaction that thread begins (the progress updates do), and that transaction's commit
    // would end this one halfway (found in RegistryApiIT: the temporary table vanished mid-import).
    @Inject
    @ConfigProperty(name = "samverkan.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "samverkan.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "samverkan.db.password")
    String password;

    /**
     * One transaction on a dedicated connection (autocommit off, rollback on any failure): what COPY and the
     * temporary tables need, and free of the pool's socket timeout meant for interactive requests. It runs
     * beside the import's check and ends as {@code verdict} says once the check is done: committed when every
     * row passed, rolled back otherwise (the rows are written first, but nobody sees them before the commit).
     */
    public void apply(Path file, UnitImport.Format format, UnitImport.References refs, String actor, IntConsumer progress,
                      Future<Boolean> verdict) throws IOException, SQLException {
        PGSimpleDataSource direct = new PGSimpleDataSource();
        direct.setURL(url);
        direct.setUser(user);
        direct.setPassword(password);
        direct.setApplicationName("samverkan-import");
        direct.setConnectTimeout(5);
        try (Connection c = direct.getConnection()) {
            c.setAutoCommit(false);
            try {
                // A check that has failed stops the apply at its next report, not at the end of the file.
                IntConsumer watched = n -> {
                    if (verdict.isDone() && !commits(verdict)) {
                        throw new CancellationException("the import's check found problems");
                    }
                    progress.accept(n);
                };
                // The updates wait for the verdict, so an apply that gets past them may commit.
                applyIn(c, file, format, refs, actor, watched, () -> {
                    if (!commits(verdict)) {
                        throw new CancellationException("the import's check found problems");
                    }
                });
                c.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    private static boolean commits(Future<Boolean> done) {
        try {
            return Boolean.TRUE.equals(done.get());
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    void applyIn(Connection c, Path file, UnitImport.Format format, UnitImport.References refs, String actor,
                 IntConsumer progress, Runnable beforeUpdates) throws IOException, SQLException {
        {
            try (Statement st = c.createStatement()) {
                st.execute("""
                        CREATE TEMP TABLE import_unit (
                            seq integer NOT NULL, id uuid PRIMARY KEY, existing boolean NOT NULL, call_sign text, registration text, kind text,
                            tier smallint, organisation_id uuid, home_region char(2), base_id uuid, status text,
                            care_level text, lying smallint, seated smallint, wheelchair smallint, incubator smallint,
                            crew text[], capabilities text[], operating_hours text, dispatch_by text,
                            available_from text, lat double precision, lon double precision, sensitive boolean
                        ) ON COMMIT DROP""");
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_unit FROM STDIN (FORMAT csv)");
            int rows = 0;
            try (RowSource source = UnitImport.open(file, format)) {
                StringWriter chunk = new StringWriter();
                CsvWriter csv = new CsvWriter(chunk, false);
                RowSource.Row row;
                while ((row = source.next()) != null) {
                    UnitInput in = UnitTable.parse(row.cells()).input();
                    rows++;
                    csv.record(copyRow(rows, in, refs));
                    if (rows % CHUNK == 0) {
                        write(copy, chunk);
                        progress.accept(rows / 2);
                    }
                }
                write(copy, chunk);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            progress.accept(rows / 2);
            try (Statement st = c.createStatement()) {
                // Temporary tables are never analysed by autovacuum: without statistics the slices' plans guess.
                // Only the columns the slices filter and join on: the text arrays cost 0.5 s per 100 000 rows.
                st.execute("CREATE INDEX ON import_unit (seq)");
                st.execute("ANALYZE import_unit (seq, existing, id)");
                st.execute("CREATE TEMP TABLE import_before (id uuid PRIMARY KEY, before jsonb) ON COMMIT DROP");
            }
            // Each statement writes units and their audit rows together: the audit JSON is built from the rows
            // the INSERT or UPDATE returns, with organisation and base joined once by hash (no lookup per unit).
            try (PreparedStatement before = c.prepareStatement("""
                        INSERT INTO import_before
                        SELECT u.id, unit_audit_json(u, o, b)
                        FROM transport_unit u JOIN import_unit i ON i.id = u.id
                            JOIN organisation o ON o.id = u.organisation_id LEFT JOIN base b ON b.id = u.base_id
                        WHERE i.existing AND i.seq > ? AND i.seq <= ?""");
                 PreparedStatement update = c.prepareStatement("""
                        WITH changed AS (
                        UPDATE transport_unit u SET call_sign = i.call_sign, registration = i.registration, kind = i.kind,
                            tier = i.tier, organisation_id = i.organisation_id, home_region = i.home_region,
                            base_id = i.base_id, status = i.status, care_level = i.care_level,
                            capacity_lying = i.lying, capacity_seated = i.seated, capacity_wheelchair = i.wheelchair,
                            capacity_incubator = i.incubator, crew_competence = i.crew, capabilities = i.capabilities,
                            operating_hours = i.operating_hours, dispatch_by = i.dispatch_by,
                            available_from = i.available_from,
                            position = CASE WHEN i.lat IS NULL THEN NULL
                                            ELSE ST_SetSRID(ST_MakePoint(i.lon, i.lat), 4326)::geography END,
                            sensitive = i.sensitive, last_confirmed_at = now(), updated_at = now(),
                            version = u.version + 1
                        FROM import_unit i WHERE u.id = i.id AND i.existing AND i.seq > ? AND i.seq <= ?
                        RETURNING u)
                        INSERT INTO audit_entry (entity_type, entity_id, action, actor, region_code, sensitive, before, after)
                        SELECT 'unit', (c.u).id, 'IMPORT_UPDATE', ?, (c.u).home_region, (c.u).sensitive, f.before,
                               unit_audit_json(c.u, o, b)
                        FROM changed c JOIN import_before f ON f.id = (c.u).id
                            JOIN organisation o ON o.id = (c.u).organisation_id LEFT JOIN base b ON b.id = (c.u).base_id""");
                 PreparedStatement insert = c.prepareStatement("""
                        WITH created AS (
                        INSERT INTO transport_unit AS u (id, call_sign, registration, kind, tier, organisation_id, home_region,
                            base_id, status, care_level, capacity_lying, capacity_seated, capacity_wheelchair,
                            capacity_incubator, crew_competence, capabilities, operating_hours, dispatch_by,
                            available_from, position, sensitive, last_confirmed_at)
                        SELECT i.id, i.call_sign, i.registration, i.kind, i.tier, i.organisation_id, i.home_region,
                            i.base_id, i.status, i.care_level, i.lying, i.seated, i.wheelchair, i.incubator, i.crew,
                            i.capabilities, coalesce(i.operating_hours, '24/7'), i.dispatch_by,
                            coalesce(i.available_from, 'NORMAL'),
                            CASE WHEN i.lat IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(i.lon, i.lat), 4326)::geography END,
                            i.sensitive, now()
                        FROM import_unit i WHERE NOT i.existing AND i.seq > ? AND i.seq <= ?
                        ORDER BY i.seq
                        RETURNING u)
                        INSERT INTO audit_entry (entity_type, entity_id, action, actor, region_code, sensitive, before, after)
                        SELECT 'unit', (c.u).id, 'IMPORT_CREATE', ?, (c.u).home_region, (c.u).sensitive, NULL,
                               unit_audit_json(c.u, o, b)
                        FROM created c JOIN organisation o ON o.id = (c.u).organisation_id
                            LEFT JOIN base b ON b.id = (c.u).base_id""")) {
                int slice = sliceSize(rows);
                int done = 0;
                // New units first, then, once the check has passed (beforeUpdates), the units that exist: an import
                // whose check fails never holds a lock on a unit in service, whichever region it belongs to.
                for (boolean existing : new boolean[] {false, true}) {
                    if (existing) {
                        beforeUpdates.run();
                    }
                    for (int from = 0; from < rows; from += slice) {
                        int to = Math.min(rows, from + slice);
                        List<PreparedStatement> statements = existing ? List.of(before, update) : List.of(insert);
                        for (PreparedStatement st : statements) {
                            st.setInt(1, from);
                            st.setInt(2, to);
                            if (st != before) {
                                st.setString(3, actor);
                            }
                            // The count is the audit rows written: one per unit created or updated.
                            int changed = st.executeUpdate();
                            done += st == before ? 0 : changed;
                        }
                        progress.accept(rows / 2 + (int) ((long) (rows - rows / 2) * done / rows));
                    }
                }
            }
        }
    }

    private static void write(CopyIn copy, StringWriter chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.getBuffer().setLength(0);
    }

    /** One row for the temporary table; references resolved to ids, sensitivity inherited from owner and base. */
    private static List<String> copyRow(int seq, UnitInput in, UnitImport.References refs) {
        String key = in.callSign().strip().toUpperCase(Locale.ROOT);
        UnitImport.References.Existing existing = refs.units().get(key);
        UnitImport.References.Owner org = refs.organisations().get(in.organisation());
        UnitImport.References.Owner base = in.base() == null ? null : refs.bases().get(in.base());
        boolean sensitive = Boolean.TRUE.equals(in.sensitive()) || org.sensitive() || (base != null && base.sensitive());
        List<String> r = new ArrayList<>(24);
        r.add(Integer.toString(seq));
        r.add((existing == null ? UUID.randomUUID() : existing.id()).toString());
        r.add(Boolean.toString(existing != null));
        r.add(in.callSign().strip());
        r.add(in.registration());
        r.add(in.kind());
        r.add(in.tier() == null ? null : in.tier().toString());
        r.add(org.id().toString());
        r.add(in.homeRegion());
        r.add(base == null ? null : base.id().toString());
        r.add(in.status());
        r.add(in.careLevel());
        r.add(Integer.toString(in.capacity().lying()));
        r.add(Integer.toString(in.capacity().seated()));
        r.add(Integer.toString(in.capacity().wheelchair()));
        r.add(Integer.toString(in.capacity().incubator()));
        r.add(array(in.crew()));
        r.add(array(in.capabilities().stream().distinct().sorted().toList()));
        r.add(in.operatingHours());
        r.add(in.dispatchBy());
        r.add(in.availableFrom());
        r.add(in.position() == null ? null : in.position().latitude().toString());
        r.add(in.position() == null ? null : in.position().longitude().toString());
        r.add(Boolean.toString(sensitive));
        return r;
    }

    /** Rows per slice of the statements after the COPY, for an import of {@code rows} rows. */
    static int sliceSize(int rows) {
        return Math.max(MIN_SLICE, (rows + SLICES - 1) / SLICES);
    }

    private static String array(List<String> values) {
        return values == null || values.isEmpty() ? "{}" : "{" + String.join(",", values) + "}";
    }
}
