package se.samverkan.benchmarks.demo;

import java.util.regex.Pattern;

/** Checks shared by the demo records. */
final class DemoChecks {

    private DemoChecks() {
    }

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    private static final Pattern COUNTY = Pattern.compile("\\d{2}");

    /** Codes travel in URLs and CSV cells: upper-case letters, digits and hyphens only. */
    static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a code is upper-case letters, digits and hyphens, was " + code);
        }
        return code;
    }

    /** A two-digit county code (01 Stockholm … 25 Norrbotten). */
    static boolean isCounty(String code) {
        return code != null && COUNTY.matcher(code).matches();
    }
}
