package se.samverkan.transfer.whatif;

import java.util.List;

/** The transfer log has bad rows; every one is listed, and nothing was computed. */
public class TransferLogException extends RuntimeException {

    private final transient List<RowError> errors;

    public TransferLogException(List<RowError> errors) {
        super(errors.size() + (errors.size() == 1 ? " bad row" : " bad rows") + "; nothing was computed");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
