package se.samverkan.planner;

/** The care a transport unit's crew can give on the way, from none (taxi) to intensive care. Ordered. */
public enum CareLevel {
    NONE,
    BASIC,
    ADVANCED,
    INTENSIVE;

    public boolean covers(CareLevel required) {
        return compareTo(required) >= 0;
    }
}
