package se.samverkan.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The counters a user watches during an import are best effort: one failed update (seen when a connect
 * timed out while the machine stalled) must not fail an import whose rows are all valid.
 */
class UnitImportProgressTest {

    @Test
    void aFailedProgressUpdateIsLoggedAndTheImportGoesOn() {
        List<String> recorded = new ArrayList<>();
        UnitImport importer = new UnitImport();
        importer.jobs = new ImportJobs() {
            @Override
            public void progress(UUID id, String state, int checked, int applied) {
                if (recorded.isEmpty() && checked == 2000) {
                    recorded.add("refused");
                    throw new PersistenceException("connect timed out");
                }
                recorded.add(state + " " + checked + "/" + applied);
            }
        };
        UUID job = UUID.randomUUID();

        assertThatCode(() -> importer.reportProgress(job, "CHECKING", 2000, 0)).doesNotThrowAnyException();
        importer.reportProgress(job, "CHECKING", 4000, 0);

        assertThat(recorded).containsExactly("refused", "CHECKING 4000/0");
    }
}
