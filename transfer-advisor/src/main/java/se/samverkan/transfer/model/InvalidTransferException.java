package se.samverkan.transfer.model;

import java.util.Objects;

/**
 * Bad input to the transfer advisor, naming the field as the caller wrote it (for example {@code to},
 * {@code latest}, {@code modes.TAXI.costPerKmSek}) so that an API or a CLI can point at it.
 */
public class InvalidTransferException extends IllegalArgumentException {

    private final String field;

    public InvalidTransferException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    /** The reason without the field name in front. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
