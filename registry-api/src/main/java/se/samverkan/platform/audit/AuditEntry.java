package se.samverkan.platform.audit;

import jakarta.json.JsonValue;
import java.time.Instant;

/** One change as the history shows it: the record before and after, who, when and what kind of change. */
public record AuditEntry(long sequence, String action, String actor, Instant at, JsonValue before, JsonValue after) {
}
