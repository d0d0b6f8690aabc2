package se.samverkan.transfer.whatif;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Place;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

/** One transfer that took place: when, where, for whom, how, and what it cost when that is known. */
public record TransferRecord(int line, LocalDate date, Place from, Place to, PatientNeed need, Priority priority,
                             TransferMode modeUsed, OptionalDouble costSek) {

    public TransferRecord {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(modeUsed, "modeUsed");
        Objects.requireNonNull(costSek, "costSek");
    }
}
