package se.samverkan.registry.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside
 * quotes is a quote, line breaks inside quotes belong to the field, CRLF or LF between records. It reads
 * one record at a time and never holds more than that, so a 100 000-row file costs one row of memory.
 * Malformed quoting is reported with the record's line number instead of being guessed at.
 */
public final class CsvReader {

    private final Reader in;
    private int line = 1;
    private int recordLine;
    private int pending = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Raised for text that is not CSV (bad quoting); carries the line where the record began. */
    public static class MalformedCsvException extends IOException {
        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The line the last record returned by {@link #next} started on. */
    public int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. Blank lines are skipped. */
    public List<String> next() throws IOException {
        while (true) {
            recordLine = line;
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n' && d != -1) {
                        unread(d);
                    }
                }
                line++;
                continue;
            }
            unread(c);
            return record();
        }
    }

    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsvException(recordLine, "a quoted field is never closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        unread(d);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == ',' ) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStart = true;
                continue;
            }
            if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n' && d != -1) {
                        unread(d);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            }
            if (afterQuote) {
                throw new MalformedCsvException(recordLine, "text follows a closing quote; a quote inside a quoted field must be doubled (\"\")");
            }
            if (c == '"') {
                if (!fieldStart) {
                    throw new MalformedCsvException(recordLine, "a quote inside an unquoted field; quote the whole field and double the quote");
                }
                quoted = true;
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pending = c;
    }
}
