package se.samverkan.registry.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path.Node;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;
import se.samverkan.registry.UnitInput;
import se.samverkan.registry.UnitRegistry;
import se.samverkan.registry.Visibility;

/**
 * Bulk import of units from CSV or GeoJSON. The upload is streamed to a temporary file (never held in
 * memory), then a background task reads it twice: first it checks every row — form, vocabulary, the
 * organisations and bases named, the caller's region, call signs unique in the file and in the registry —
 * and, only if no row has a problem, it applies all rows in one transaction. So an import applies
 * completely or not at all, and the per-row report names row, column and reason. A row whose call sign
 * belongs to a unit in service updates that unit; any other row creates one.
 */
@ApplicationScoped
public class UnitImport {

    private static final Logger LOG = Logger.getLogger(UnitImport.class.getName());

    /** Problems listed in the report; the count covers them all. */
    static final int MAX_REPORTED_ERRORS = 1000;
    static final int PROGRESS_EVERY = 2000;

    public enum Format {
        CSV, GEOJSON
    }

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:app/jdbc/samverkan")
    DataSource dataSource;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportApplier applier;

    @Inject
    ValidatorFactory validators;

    /**
     * Bean Validation for import rows, with the same constraints as the API. The container's validator asks
     * JPA, for every property of every row, whether it is loaded (its traversable resolver): a third of an
     * import's checking in a profile. Rows are records, never entities, so every property is reachable.
     */
    private Validator rowValidator;

    @PostConstruct
    void prepareRowValidator() {
        rowValidator = validators.usingContext().traversableResolver(new EverythingReachable()).getValidator();
    }

    /** Every property is reachable and cascadable: for plain records, which have nothing to load lazily. */
    static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Node property, Class<?> rootType, jakarta.validation.Path path,
                                   ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Node property, Class<?> rootType, jakarta.validation.Path path,
                                    ElementType type) {
            return true;
        }
    }

    @Inject
    UnitRegistry registry;

    @Inject
    Visibility visibility;

    @Inject
    se.samverkan.registry.Vocabulary vocabulary;

    /** Streams the upload to a temporary file (never held in memory); an empty one is refused. */
    public Path receive(InputStream body, Format format) {
        Path file;
        try {
            file = Files.createTempFile("samverkan-import-", format == Format.CSV ? ".csv" : ".geojson");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload", e);
        }
        if (file.toFile().length() == 0) {
            file.toFile().delete();
            throw ProblemException.invalid("body", "the file is empty");
        }
        return file;
    }

    /**
     * Starts the import of a received upload; returns the job to follow. The task gets everything it needs from
     * the container's EntityManager (the vocabulary, whether the caller is cleared: the national readiness
     * level) read here, in a transaction, and is submitted only once that has ended: a managed task started
     * from a request that used the EntityManager outside a transaction inherits it, closes it a second time
     * and Payara logs SEVERE and loses the worker thread (planning starts its runs the same way).
     */
    @Transactional
    public UUID start(Path file, Format format, boolean dryRun, Caller caller) {
        try {
            // The background task checks rows against the vocabulary in memory.
            vocabulary.snapshot();
            boolean cleared = visibility.cleared(caller);
            boolean mayMarkSensitive = visibility.mayMarkSensitive(caller);
            UUID id = jobs.create(format.name(), dryRun, caller.auditName(), caller.region().orElse(null));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    submit(status == Status.STATUS_COMMITTED, id, file, () -> run(id, file, format, dryRun, caller,
                            cleared, mayMarkSensitive));
                }
            });
            return id;
        } catch (RuntimeException e) {
            file.toFile().delete();
            throw e;
        }
    }

    private void submit(boolean committed, UUID id, Path file, Runnable task) {
        String why = "the request that started it was rolled back";
        if (committed) {
            try {
                executor.submit(task);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "import " + id + " could not be started", e);
                why = "the server could not start it (" + e.getMessage() + ")";
            }
        }
        file.toFile().delete();
        jobs.fail(id, 0, 0, List.of(), "The import was not started: " + why + ". Nothing was imported.");
    }

    void run(UUID id, Path file, Format format, boolean dryRun, Caller caller, boolean cleared, boolean mayMarkSensitive) {
        // The apply runs beside the check on a thread of its own (not a second task of the container's executor,
        // so it can never wait in a queue behind the check whose verdict it waits for), writing new units in a
        // transaction that only the check's verdict commits, and touching units in service only after it: on two
        // cores 100 000 rows took 17.6-18.1 s against 17.5-22.8 s one after the other (docs/benchmarks.md).
        CompletableFuture<Boolean> verdict = new CompletableFuture<>();
        FutureTask<Void> applying = null;
        try {
            References refs = References.load(dataSource);
            AtomicInteger applied = new AtomicInteger();
            AtomicInteger checkedRows = new AtomicInteger(-1);
            if (!dryRun) {
                // Rows applied are shown once every row has passed the check, not before.
                IntConsumer progress = n -> {
                    applied.set(n);
                    int checked = checkedRows.get();
                    if (checked >= 0) {
                        reportProgress(id, "APPLYING", checked, n);
                    }
                };
                applying = new FutureTask<>(() -> {
                    applier.apply(file, format, refs, caller.auditName(), progress, verdict);
                    return null;
                });
                threads.newThread(applying).start();
            }
            Check check = check(id, file, format, caller, refs, cleared, mayMarkSensitive);
            verdict.complete(check.errorCount == 0 && !dryRun);
            if (check.errorCount > 0) {
                awaitQuietly(applying);
                jobs.fail(id, check.rows, check.errorCount, check.errors, check.errorCount + " problems in "
                        + check.rowsWithErrors + " rows; nothing was imported.");
                return;
            }
            if (dryRun) {
                jobs.succeed(id, check.rows, 0, check.creates, check.updates, "Dry run: all " + check.rows
                        + " rows are valid (" + check.creates + " would be created, " + check.updates
                        + " updated); nothing was changed.");
                return;
            }
            checkedRows.set(check.rows);
            reportProgress(id, "APPLYING", check.rows, applied.get());
            try {
                applying.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            jobs.succeed(id, check.rows, check.rows, check.creates, check.updates, check.rows + " rows imported: "
                    + check.creates + " units created, " + check.updates + " updated.");
        } catch (RowSource.UnreadableFileException e) {
            jobs.fail(id, Math.max(0, e.row() - 1), 1, List.of(new ImportJobs.RowError(e.row(), e.field(), e.getMessage())),
                    "The file could not be read: " + e.getMessage() + ". Nothing was imported.");
        } catch (Exception e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "import " + id + " failed, incident " + incident, e);
            jobs.fail(id, 0, 1, List.of(), "The import failed and nothing was imported (incident " + incident
                    + "). " + (UnitRegistry.isUniqueViolation(e)
                    ? "A call sign was taken by another change while the import ran; try again." : ""));
        } finally {
            // Whatever ended the check, the apply's transaction is rolled back unless it said commit, and the
            // file is kept until the apply has stopped reading it.
            verdict.complete(false);
            awaitQuietly(applying);
            file.toFile().delete();
        }
    }

    /** Waits for the apply to end, its outcome no longer mattering (the check failed or could not run). */
    private static void awaitQuietly(FutureTask<Void> applying) {
        if (applying == null) {
            return;
        }
        try {
            applying.get();
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "the import's apply ended with an error after the check had failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Moves the counters a user watches. Best effort: the counters are a view of the work, not the work, so
     * a failed update (a connect timing out while the machine stalls) is logged and the import goes on; the
     * final state (SUCCEEDED or FAILED) is still written, and that write is not best effort.
     */
    void reportProgress(UUID id, String state, int checked, int applied) {
        try {
            jobs.progress(id, state, checked, applied);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import " + id + ": progress (" + state + ", " + checked + " checked, " + applied
                    + " applied) not recorded; the import goes on: " + e);
        }
    }

    static RowSource open(Path file, Format format) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return format == Format.CSV ? new CsvRows(in) : new GeoJsonRows(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static final class Check {
        int rows;
        int rowsWithErrors;
        int errorCount;
        int creates;
        int updates;
        final List<ImportJobs.RowError> errors = new ArrayList<>();

        void add(int row, String field, String reason) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportJobs.RowError(row, field, reason));
            }
        }
    }

    private Check check(UUID id, Path file, Format format, Caller caller, References refs, boolean cleared,
                        boolean mayMarkSensitive) throws IOException {
        Check check = new Check();
        Map<String, Integer> seenCallSigns = new HashMap<>();
        reportProgress(id, "CHECKING", 0, 0);
        try (RowSource rows = open(file, format)) {
            RowSource.Row row;
            while ((row = rows.next()) != null) {
                check.rows++;
                int before = check.errorCount;
                checkRow(row, caller, refs, cleared, mayMarkSensitive, seenCallSigns, check);
                if (check.errorCount > before) {
                    check.rowsWithErrors++;
                }
                if (check.rows % PROGRESS_EVERY == 0) {
                    reportProgress(id, "CHECKING", check.rows, 0);
                }
            }
        }
        if (check.rows == 0) {
            check.add(1, "body", "the file holds no units");
        }
        return check;
    }

    private void checkRow(RowSource.Row row, Caller caller, References refs, boolean cleared, boolean mayMarkSensitive,
                          Map<String, Integer> seen, Check check) {
        int n = row.number();
        if (row.geometryError() != null) {
            check.add(n, row.cells().isEmpty() ? "row" : "geometry", row.geometryError());
            if (row.cells().isEmpty()) {
                return;
            }
        }
        UnitTable.Parsed parsed = UnitTable.parse(row.cells());
        if (parsed.input() == null) {
            parsed.errors().forEach(e -> check.add(n, e.field(), e.reason()));
            return;
        }
        UnitInput in = parsed.input();
        for (ConstraintViolation<UnitInput> v : rowValidator.validate(in)) {
            check.add(n, UnitTable.column(v.getPropertyPath().toString()), v.getMessage());
        }
        if (in.kind() == null || in.homeRegion() == null || in.callSign() == null) {
            return;
        }
        for (FieldError e : registry.checkVocabulary(in)) {
            check.add(n, UnitTable.column(e.field()), e.reason());
        }
        References.Owner org = refs.organisations().get(in.organisation());
        // Sensitive owners exist for those who see them or may keep their units (the national cell in peace).
        if (org == null || (org.sensitive() && !cleared && !mayMarkSensitive)) {
            check.add(n, "organisation", "no organisation in service has code " + in.organisation());
        } else {
            if (org.region() != null && !org.region().equals(in.homeRegion())) {
                check.add(n, "organisation", "belongs to region " + org.region() + ", not to home region " + in.homeRegion());
            }
            if (org.sensitive() && !mayMarkSensitive) {
                check.add(n, "organisation", "is a sensitive organisation: its units are kept by the defence liaison "
                        + "or the national coordination cell");
            }
        }
        if (in.base() != null) {
            References.Owner base = refs.bases().get(in.base());
            if (base == null || (base.sensitive() && !cleared && !mayMarkSensitive)) {
                check.add(n, "base", "no base in service has code " + in.base());
            } else if (!base.region().equals(in.homeRegion())) {
                check.add(n, "base", "lies in region " + base.region() + ", not in home region " + in.homeRegion());
            }
        }
        if (Boolean.TRUE.equals(in.sensitive()) && !mayMarkSensitive) {
            check.add(n, "sensitive", "only the defence liaison or the national coordination cell may mark units sensitive");
        }
        boolean sensitive = Boolean.TRUE.equals(in.sensitive()) || (org != null && org.sensitive());
        if (!caller.mayEditRegion(in.homeRegion()) && !(sensitive && caller.hasRole(se.samverkan.platform.security.Roles.DEFENCE_LIAISON))) {
            check.add(n, "home_region", "you may import units of your own region only, not of region " + in.homeRegion());
        }
        String key = in.callSign().strip().toUpperCase(Locale.ROOT);
        Integer firstRow = seen.putIfAbsent(key, n);
        if (firstRow != null) {
            check.add(n, "call_sign", "is also used on row " + firstRow + "; call signs must be unique");
            return;
        }
        References.Existing existing = refs.units().get(key);
        if (existing == null) {
            check.creates++;
        } else if ((existing.sensitive() && !cleared) || !caller.mayEditRegion(existing.region())) {
            check.add(n, "call_sign", "is used by a unit in service that you may not change");
        } else {
            check.updates++;
        }
    }

    /** The records import rows refer to, read once per import. Codes and call signs are case as stored. */
    record References(Map<String, Owner> organisations, Map<String, Owner> bases, Map<String, Existing> units) {

        record Owner(UUID id, String region, boolean sensitive) {
        }

        record Existing(UUID id, String region, boolean sensitive) {
        }

        static References load(DataSource ds) throws SQLException {
            // Ids are read as getObject(column) and cast: the pool's result-set wrapper resolves
            // getObject(column, Class) by reflection on every call, here once per existing unit.
            try (Connection c = ds.getConnection()) {
                Map<String, Owner> orgs = new HashMap<>();
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT code, id, region_code, sensitive FROM organisation WHERE retired_at IS NULL");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        orgs.put(rs.getString(1), new Owner((UUID) rs.getObject(2), rs.getString(3), rs.getBoolean(4)));
                    }
                }
                Map<String, Owner> bases = new HashMap<>();
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT code, id, region_code, sensitive FROM base WHERE retired_at IS NULL");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        bases.put(rs.getString(1), new Owner((UUID) rs.getObject(2), rs.getString(3), rs.getBoolean(4)));
                    }
                }
                Map<String, Existing> units = new HashMap<>();
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT call_sign, id, home_region, sensitive FROM transport_unit WHERE retired_at IS NULL")) {
                    st.setFetchSize(5000);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            units.put(rs.getString(1).toUpperCase(Locale.ROOT), new Existing((UUID) rs.getObject(2), rs.getString(3),
                                    rs.getBoolean(4)));
                        }
                    }
                }
                return new References(orgs, bases, units);
            }
        }
    }
}
