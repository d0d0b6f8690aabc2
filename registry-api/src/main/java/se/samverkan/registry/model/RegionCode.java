package se.samverkan.registry.model;

import java.util.regex.Pattern;

/**
 * A region's official two-digit county code (länskod), {@code 01} Stockholm to {@code 25} Norrbotten.
 * Validates its form only; whether a region with the code exists is the catalogue's question.
 */
public record RegionCode(String value) {

    /** The form as a regular expression, for Bean Validation on the wire. */
    public static final String PATTERN = "[0-9]{2}";
    private static final Pattern FORM = Pattern.compile(PATTERN);
    public static final String FORM_DESCRIPTION = "must be a two-digit county code such as 01 or 25";

    public RegionCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(FORM_DESCRIPTION);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
