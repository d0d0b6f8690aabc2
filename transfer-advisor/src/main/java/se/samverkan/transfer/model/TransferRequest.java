package se.samverkan.transfer.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One secondary transfer to advise on. Times are Swedish local time. {@code latest} may be left out; the
 * priority then sets it (see {@link Priority#defaultLatest}).
 */
public record TransferRequest(Place from, Place to, PatientNeed need, Priority priority,
                              LocalDateTime earliest, LocalDateTime latest) {

    public TransferRequest {
        require(from, "from");
        require(to, "to");
        require(need, "need");
        require(priority, "priority");
        require(earliest, "earliest");
        if (from.equals(to)) {
            throw new InvalidTransferException("to", "is the same place as from (" + from + "); there is nothing to transfer");
        }
        if (latest == null) {
            latest = priority.defaultLatest(earliest);
        } else if (!latest.isAfter(earliest)) {
            throw new InvalidTransferException("latest", "the window ends (" + latest + ") before or when it starts ("
                    + earliest + ")");
        }
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidTransferException(field, "is missing");
        }
    }
}
