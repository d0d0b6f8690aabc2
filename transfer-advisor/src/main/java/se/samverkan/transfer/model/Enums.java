package se.samverkan.transfer.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads enum constants from user input, naming the field and the allowed values when it fails. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidTransferException(field, "is missing; one of " + allowed(type));
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidTransferException(field, "unknown value '" + value.trim() + "'; one of " + allowed(type));
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
