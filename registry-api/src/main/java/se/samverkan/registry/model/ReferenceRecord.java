package se.samverkan.registry.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A record units refer to by its code — an organisation or a base. Kept by one region (or nationally),
 * changed only at the version the writer read, retired softly, and possibly sensitive.
 */
public interface ReferenceRecord {

    UUID id();

    String code();

    /** The region that keeps the record; empty for a national one. */
    Optional<String> region();

    boolean sensitive();

    Optional<Instant> retiredAt();

    long version();

    void retire(Instant at);
}
