package se.samverkan.planner;

/**
 * Mass-casualty triage priority. The order of the constants is the order of urgency: a P1 patient is
 * always moved before a P2 patient at the same source.
 */
public enum Triage {
    /** Red: immediate; survival falls quickly with time to definitive care. */
    P1("red"),
    /** Yellow: urgent. */
    P2("yellow"),
    /** Green: can wait. */
    P3("green");

    private final String colour;

    Triage(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public boolean isMoreUrgentThan(Triage other) {
        return compareTo(other) < 0;
    }
}
