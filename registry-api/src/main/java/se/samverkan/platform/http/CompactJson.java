package se.samverkan.platform.http;

import java.nio.charset.StandardCharsets;

/**
 * A JSON document written into memory, member by member, for the hot read answers (the unit searches and
 * lists). It writes what Jakarta JSON Processing's generator writes — no whitespace, the same escapes, numbers
 * as {@code String.valueOf} — at a fraction of its cost: the generator wrote character by character through
 * a state machine and was a fifth of a nearest-unit request's CPU in the profile (docs/benchmarks.md,
 * 2026-11-26). {@code CompactJsonTest} holds the two to the same output.
 *
 * <p>Not thread-safe; one document per instance. Nesting is checked only as far as needed to place commas
 * and names: the caller opens and closes what it writes.
 */
public final class CompactJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_DEPTH = 32;

    private final StringBuilder out;
    /** Per open object or array: whether a member has been written (so the next needs a comma). */
    private final boolean[] filled = new boolean[MAX_DEPTH];
    private final char[] closers = new char[MAX_DEPTH];
    private int depth = -1;

    public CompactJson(int expectedChars) {
        out = new StringBuilder(expectedChars);
    }

    public CompactJson startObject() {
        return open(null, '{', '}');
    }

    public CompactJson startObject(String name) {
        return open(name, '{', '}');
    }

    public CompactJson startArray() {
        return open(null, '[', ']');
    }

    public CompactJson startArray(String name) {
        return open(name, '[', ']');
    }

    /** Closes the innermost open object or array. */
    public CompactJson end() {
        if (depth < 0) {
            throw new IllegalStateException("nothing open to end");
        }
        out.append(closers[depth--]);
        return this;
    }

    public CompactJson write(String name, String value) {
        next(name);
        string(value);
        return this;
    }

    public CompactJson write(String name, long value) {
        next(name);
        out.append(value);
        return this;
    }

    /** A finite number; NaN and the infinities have no JSON form and are refused, as by the generator. */
    public CompactJson write(String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new NumberFormatException("JSON has no number " + value + " (for " + name + ")");
        }
        next(name);
        out.append(value);
        return this;
    }

    public CompactJson write(String name, boolean value) {
        next(name);
        out.append(value);
        return this;
    }

    /** A string element of the innermost array. */
    public CompactJson write(String value) {
        next(null);
        string(value);
        return this;
    }

    /** The document, encoded as UTF-8 (once, at the end). */
    public byte[] toUtf8() {
        if (depth >= 0) {
            throw new IllegalStateException(depth + 1 + " object(s) or array(s) left open");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private CompactJson open(String name, char opener, char closer) {
        if (depth + 1 == MAX_DEPTH) {
            throw new IllegalStateException("nested deeper than " + MAX_DEPTH);
        }
        if (depth >= 0) {
            next(name);
        } else if (name != null) {
            throw new IllegalStateException("the document itself has no name (" + name + ")");
        }
        out.append(opener);
        depth++;
        filled[depth] = false;
        closers[depth] = closer;
        return this;
    }

    /** The comma before a member or element, and the member's name. */
    private void next(String name) {
        if (depth < 0) {
            throw new IllegalStateException("a value outside any object or array");
        }
        if (filled[depth]) {
            out.append(',');
        }
        filled[depth] = true;
        if (name != null) {
            string(name);
            out.append(':');
        }
    }

    private void string(String value) {
        out.append('"');
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(value, start, length).append('"');
    }
}
