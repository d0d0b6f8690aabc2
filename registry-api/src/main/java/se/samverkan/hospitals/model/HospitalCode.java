package se.samverkan.hospitals.model;

import java.util.regex.Pattern;

/**
 * A hospital's stable code: {@code SE-<county code>-<place>[-<site>]} in ASCII capitals, e.g.
 * {@code SE-23-OSTERSUND}. Tokens bind hospital reporters to it, so it never changes with a name.
 */
public record HospitalCode(String value) {

    public static final String PATTERN = "SE-[0-9]{2}(-[A-Z0-9]+)+";
    private static final Pattern FORM = Pattern.compile(PATTERN);
    public static final String FORM_DESCRIPTION =
            "must be a hospital code such as SE-23-OSTERSUND (SE, county code, place in capitals; at most 40 characters)";

    public HospitalCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(FORM_DESCRIPTION);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= 40 && FORM.matcher(value).matches();
    }

    /** The county code inside the code: the region the hospital belongs to. */
    public String regionCode() {
        return value.substring(3, 5);
    }

    @Override
    public String toString() {
        return value;
    }
}
