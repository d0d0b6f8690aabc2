package se.samverkan.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.Visibility;
import se.samverkan.registry.Vocabulary;

/**
 * How an import starts: what the background task needs is read in the request's transaction, and the task
 * is handed to the executor only after that transaction has ended, never during it. (Submitting from a
 * request that had used the container's EntityManager outside a transaction made Payara close that
 * EntityManager again on the worker thread: SEVERE in the log, a worker thread lost, on every import of the
 * national cell.)
 */
class UnitImportStartTest {

    private final List<Synchronization> registered = new ArrayList<>();
    private final List<Runnable> submitted = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> readInRequest = new ArrayList<>();
    private UnitImport importer;

    private static final Caller COORDINATOR = new Caller("c-1", "coordinator",
            Set.of(Roles.VIEWER, Roles.NATIONAL_COORDINATOR), Optional.empty());

    @BeforeEach
    void importer() {
        importer = new UnitImport();
        importer.transactions = proxy(TransactionSynchronizationRegistry.class, (method, args) -> {
            if (method.equals("registerInterposedSynchronization")) {
                registered.add((Synchronization) args[0]);
            }
            return null;
        });
        importer.executor = proxy(ManagedExecutorService.class, (method, args) -> {
            if (method.equals("submit")) {
                submitted.add((Runnable) args[0]);
            }
            return null;
        });
        importer.vocabulary = new Vocabulary() {
            @Override
            public Snapshot snapshot() {
                readInRequest.add("vocabulary");
                return new Snapshot(Map.of(), Map.of(), Set.of());
            }
        };
        importer.visibility = new Visibility() {
            @Override
            public boolean cleared(Caller caller) {
                readInRequest.add("national readiness");
                return false;
            }
        };
        importer.jobs = new ImportJobs() {
            @Override
            public UUID create(String format, boolean dryRun, String requestedBy, String regionScope) {
                return UUID.randomUUID();
            }

            @Override
            public void fail(UUID id, int checked, int errorCount, List<RowError> errors, String message) {
                failed.add(message);
            }
        };
    }

    @Test
    void startReadsInItsTransactionAndSubmitsTheTaskOnlyOnceThatHasCommitted() throws Exception {
        assertThat(UnitImport.class.getMethod("start", Path.class, UnitImport.Format.class, boolean.class, Caller.class)
                .isAnnotationPresent(Transactional.class)).isTrue();
        Path file = importer.receive(csv(), UnitImport.Format.CSV);

        importer.start(file, UnitImport.Format.CSV, true, COORDINATOR);

        assertThat(readInRequest).containsExactly("vocabulary", "national readiness");
        assertThat(submitted).as("nothing runs while the request's transaction is open").isEmpty();
        assertThat(registered).hasSize(1);
        registered.get(0).afterCompletion(Status.STATUS_COMMITTED);
        assertThat(submitted).hasSize(1);
        assertThat(failed).isEmpty();
        Files.deleteIfExists(file);
    }

    @Test
    void aRolledBackStartRunsNothingFailsItsJobAndDeletesTheUpload() throws Exception {
        Path file = importer.receive(csv(), UnitImport.Format.CSV);

        importer.start(file, UnitImport.Format.CSV, false, COORDINATOR);
        registered.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);

        assertThat(submitted).isEmpty();
        assertThat(failed).singleElement().asString().contains("not started");
        assertThat(file).doesNotExist();
    }

    private static ByteArrayInputStream csv() {
        return new ByteArrayInputStream("call_sign\r\nAMB 1\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private interface Handler {
        Object handle(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> handler.handle(method.getName(), args)));
    }
}
