package se.samverkan.planner.plan;

/** Patients of one group the plan cannot move, and why, in words for a coordinator. */
public record UnservedPatients(String groupId, int count, String reason) {

    public UnservedPatients {
        if (groupId == null || count < 1 || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("unserved patients need a group, a count and a reason");
        }
    }
}
