package se.samverkan.registry;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a unit list can be read in; each ends with the id so that paging is stable. */
public enum UnitSort {
    CALL_SIGN("callSign", "u.call_sign"),
    KIND("kind", "u.kind"),
    STATUS("status", "u.status"),
    REGION("homeRegion", "u.home_region"),
    LAST_CONFIRMED("lastConfirmedAt", "u.last_confirmed_at");

    private final String wireName;
    private final String column;

    UnitSort(String wireName, String column) {
        this.wireName = wireName;
        this.column = column;
    }

    public String wireName() {
        return wireName;
    }

    String column() {
        return column;
    }

    /** {@code callSign}, {@code -lastConfirmedAt}: a leading minus sorts descending. */
    public static Order parse(String text) {
        String s = text == null || text.isBlank() ? "callSign" : text.strip();
        boolean descending = s.startsWith("-");
        String name = descending ? s.substring(1) : s;
        for (UnitSort sort : values()) {
            if (sort.wireName.equals(name)) {
                return new Order(sort, descending);
            }
        }
        return null;
    }

    public static String choices() {
        return Arrays.stream(values()).map(UnitSort::wireName).collect(Collectors.joining(", "));
    }

    public record Order(UnitSort sort, boolean descending) {
        public String wire() {
            return (descending ? "-" : "") + sort.wireName;
        }
    }
}
