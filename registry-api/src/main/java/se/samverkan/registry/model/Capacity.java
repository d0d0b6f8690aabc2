package se.samverkan.registry.model;

/** How many patients a unit carries, by how they travel. */
public record Capacity(int lying, int seated, int wheelchair, int incubator) {

    public static final int MAX = 500;

    public Capacity {
        check("lying", lying);
        check("seated", seated);
        check("wheelchair", wheelchair);
        check("incubator", incubator);
    }

    private static void check(String name, int value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX + ", was " + value);
        }
    }

    public int patients() {
        return lying + seated + wheelchair + incubator;
    }
}
