package se.samverkan.registry.api;

import se.samverkan.platform.problem.ProblemException;

/** Parses {@code minLon,minLat,maxLon,maxLat} (the OGC API order) and says precisely what is wrong with it. */
final class BoundingBox {

    private BoundingBox() {
    }

    static double[] parse(String name, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(name, "is required: minLon,minLat,maxLon,maxLat");
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw ProblemException.invalid(name, "must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(name, "must be four numbers: minLon,minLat,maxLon,maxLat");
            }
            if (!Double.isFinite(v[i])) {
                throw ProblemException.invalid(name, "must be finite numbers");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw ProblemException.invalid(name, "longitudes must lie in -180..180 and latitudes in -90..90");
        }
        if (v[1] > v[3]) {
            throw ProblemException.invalid(name, "minLat must not be greater than maxLat");
        }
        if (v[0] > v[2]) {
            throw ProblemException.invalid(name, "minLon is greater than maxLon: boxes crossing the antimeridian are not supported");
        }
        return v;
    }
}
