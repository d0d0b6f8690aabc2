package se.samverkan.transfer.whatif;

/** One bad input row: its line in the file (the header is line 1), the column and why. */
public record RowError(int line, String field, String reason) {

    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + reason;
    }
}
