package se.samverkan.registry.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/** Writes RFC 4180 records, quoting only fields that need it, CRLF between records. */
public final class CsvWriter {

    private final Writer out;
    private final boolean spreadsheetSafe;

    /** A writer for files people open in spreadsheets: cells that would run as formulas are kept as text. */
    public CsvWriter(Writer out) {
        this(out, true);
    }

    public CsvWriter(Writer out, boolean spreadsheetSafe) {
        this.out = out;
        this.spreadsheetSafe = spreadsheetSafe;
    }

    public void record(Collection<String> fields) throws IOException {
        boolean first = true;
        for (String f : fields) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write(quote(f == null ? "" : f, spreadsheetSafe));
        }
        out.write("\r\n");
    }

    static String quote(String field, boolean spreadsheetSafe) {
        // A leading = or @ would run as a formula in spreadsheet programs; the apostrophe keeps it text.
        String safe = spreadsheetSafe && !field.isEmpty() && "=@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
