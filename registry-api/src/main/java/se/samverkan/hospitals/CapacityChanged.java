package se.samverkan.hospitals;

/** A new capacity report was stored, by this instance or another: the CDI event behind the live stream. */
public record CapacityChanged(String hospitalCode, long reportId) {
}
