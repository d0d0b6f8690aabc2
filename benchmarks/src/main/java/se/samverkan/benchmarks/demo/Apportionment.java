package se.samverkan.benchmarks.demo;

/** Splits a whole number into parts proportional to weights, summing exactly to the whole. */
final class Apportionment {

    private Apportionment() {
    }

    /**
     * Largest-remainder (Hamilton) method: each part gets the floor of its quota, the seats left over go to
     * the largest fractional remainders, ties to the lower index, so the result is deterministic.
     */
    static int[] largestRemainder(int total, double[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weights must be non-negative numbers");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = total * weights[i] / sum;
            parts[i] = (int) Math.floor(quota);
            remainders[i] = quota - parts[i];
            given += parts[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
