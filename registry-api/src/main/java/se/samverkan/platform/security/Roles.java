package se.samverkan.platform.security;

/**
 * The realm roles Keycloak puts into the token's {@code groups} claim, as used in {@code @RolesAllowed}.
 * Constants, because annotations need compile-time values.
 */
public final class Roles {
    /** Reads the national picture (non-sensitive records). */
    public static final String VIEWER = "viewer";
    /** Keeps one region's inventory current; the region comes from the token's {@code region} claim. */
    public static final String REGION_EDITOR = "region-editor";
    /** The national coordination cell: sees and coordinates everything, raises readiness. */
    public static final String NATIONAL_COORDINATOR = "national-coordinator";
    /** Runs exercises on isolated copies of the data. */
    public static final String EXERCISE_PLANNER = "exercise-planner";
    /** Liaison of the armed forces: sees military and other sensitive records. */
    public static final String DEFENCE_LIAISON = "defence-liaison";

    /** Reports one hospital's capacity; the hospital comes from the token's {@code hospital} claim. */
    public static final String HOSPITAL_REPORTER = "hospital-reporter";

    /** Claim that binds a region editor to one region (two-digit county code, e.g. "23"). */
    public static final String REGION_CLAIM = "region";

    /** Claim that binds a hospital reporter to one hospital (the hospital's code). */
    public static final String HOSPITAL_CLAIM = "hospital";

    private Roles() {
    }
}
