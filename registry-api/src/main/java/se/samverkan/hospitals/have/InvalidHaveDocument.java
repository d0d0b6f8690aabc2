package se.samverkan.hospitals.have;

/** An EDXL-HAVE document that is malformed, hostile or does not follow the schema; the message says why. */
public class InvalidHaveDocument extends RuntimeException {

    public InvalidHaveDocument(String reason) {
        super(reason);
    }

    public InvalidHaveDocument(String reason, Throwable cause) {
        super(reason, cause);
    }
}
