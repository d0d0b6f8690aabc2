package se.samverkan.readiness.model;

/**
 * Readiness levels on one ordered scale: the regional healthcare preparedness levels first, then the
 * national levels declared by the government. A unit that "counts from" a level counts at every level
 * above it too. Ranks match the {@code readiness_level} table.
 */
public enum ReadinessLevel {
    NORMAL("Normalläge", false),
    STAFF_MODE("Stabsläge", false),
    REINFORCEMENT("Förstärkningsläge", false),
    DISASTER("Katastrofläge", false),
    HEIGHTENED_READINESS("Skärpt beredskap", true),
    HIGHEST_READINESS("Högsta beredskap", true),
    WAR("Krig", true);

    private final String swedishName;
    private final boolean national;

    ReadinessLevel(String swedishName, boolean national) {
        this.swedishName = swedishName;
        this.national = national;
    }

    public int rank() {
        return ordinal();
    }

    public String swedishName() {
        return swedishName;
    }

    /** Declared by the government for the whole country (höjd beredskap, krig), not by a region. */
    public boolean national() {
        return national;
    }

    /** Heightened readiness or war: the national cell may then see military details. */
    public boolean heightenedOrWar() {
        return rank() >= HEIGHTENED_READINESS.rank();
    }

    public static ReadinessLevel higher(ReadinessLevel a, ReadinessLevel b) {
        return a.rank() >= b.rank() ? a : b;
    }
}
