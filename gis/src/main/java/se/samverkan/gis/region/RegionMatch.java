package se.samverkan.gis.region;

import java.util.Objects;

/**
 * The answer of {@link RegionLocator#locate}: the region's county code and name, whether the point lies
 * inside its outline ({@code inside}) or only nearest to it, and the distance to the outline in metres
 * (0 inside). A point outside every outline is usually on a small island or the coast the simplified
 * outlines leave out, or just across a smoothed border.
 */
public record RegionMatch(String code, String name, boolean inside, double distanceMetres) {

    public RegionMatch {
        Objects.requireNonNull(code, "code");
        if (!(distanceMetres >= 0) || (inside && distanceMetres != 0)) {
            throw new IllegalArgumentException("distance must be 0 inside and non-negative outside, was " + distanceMetres);
        }
    }
}
