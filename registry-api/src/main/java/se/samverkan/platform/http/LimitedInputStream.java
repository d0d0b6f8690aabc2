package se.samverkan.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a reader takes from a request body and fails once more than the limit was read: the guard
 * for bodies without a Content-Length (chunked), whose size is known only while reading.
 */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown to the reader of the body; the filter answers 413 once the request returns. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new BodyTooLargeException(limit);
        }
    }
}
