package se.samverkan.planner.plan;

import java.util.Objects;

/** {@code count} patients of one casualty group travelling together in one trip. */
public record PatientSlice(String groupId, int count) {

    public PatientSlice {
        Objects.requireNonNull(groupId, "groupId");
        if (count < 1) {
            throw new IllegalArgumentException("a slice holds at least one patient, was " + count);
        }
    }
}
