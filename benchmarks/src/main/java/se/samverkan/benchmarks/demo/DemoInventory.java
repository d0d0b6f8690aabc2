package se.samverkan.benchmarks.demo;

import java.util.List;

/** Everything a demo load posts: organisations first, then bases, then units (which name both by code). */
public record DemoInventory(long seed, List<Organisation> organisations, List<Base> bases, List<Unit> units) {

    public DemoInventory {
        organisations = List.copyOf(organisations);
        bases = List.copyOf(bases);
        units = List.copyOf(units);
    }
}
