package se.samverkan.benchmarks.demo;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 fields: quoting on the way out, a strict line parser on the way in (for the validator). */
public final class Csv {

    private Csv() {
    }

    /** A field quoted only when it must be: it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * Splits one record (without its line break) into fields.
     *
     * @throws IllegalArgumentException on a quote inside an unquoted field or an unterminated quoted one
     */
    public static List<String> parseRecord(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            current.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        current.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote at position " + i);
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new IllegalArgumentException("quote inside an unquoted field at position " + (i - 1));
                    }
                    current.append(c);
                }
            }
            fields.add(current.toString());
            current.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
