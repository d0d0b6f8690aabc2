package se.samverkan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodySizeLimitsTest {

    private final BodySizeLimits limits = new BodySizeLimits(BodySizeLimits.DEFAULT_LIMIT, BodySizeLimits.IMPORT_LIMIT);

    @Test
    void importsMayBeLargeEverythingElseOneMebibyte() {
        assertThat(limits.limitFor("/api/units")).isEqualTo(1024 * 1024);
        assertThat(limits.limitFor("/api/regions/23/units/import")).isEqualTo(256L * 1024 * 1024);
        assertThat(limits.limitFor("/api/units/import/")).isEqualTo(256L * 1024 * 1024);
        assertThat(limits.limitFor("/api/units/important")).isEqualTo(1024 * 1024);
        assertThat(limits.limitFor("/api/import/units")).isEqualTo(1024 * 1024);
        assertThat(limits.limitFor(null)).isEqualTo(1024 * 1024);
    }

    @Test
    void aBodyWithoutLengthFailsOnceMoreThanTheLimitWasRead() throws IOException {
        LimitedInputStream body = new LimitedInputStream(new ByteArrayInputStream(new byte[1000]), 999);

        byte[] buffer = new byte[400];
        assertThat(body.read(buffer)).isEqualTo(400);
        assertThat(body.read(buffer)).isEqualTo(400);
        assertThat(body.exceeded()).isFalse();
        assertThatThrownBy(() -> body.read(buffer)).isInstanceOf(LimitedInputStream.BodyTooLargeException.class);
        assertThat(body.exceeded()).isTrue();
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws IOException {
        try (InputStream body = new LimitedInputStream(new ByteArrayInputStream(new byte[1000]), 1000)) {
            assertThat(body.readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void byteByByteReadingIsCountedToo() throws IOException {
        LimitedInputStream body = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);

        body.read();
        body.read();
        assertThatThrownBy(body::read).isInstanceOf(IOException.class);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new BodySizeLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
