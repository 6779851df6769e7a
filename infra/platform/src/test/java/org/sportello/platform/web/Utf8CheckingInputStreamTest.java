package org.sportello.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class Utf8CheckingInputStreamTest {

    @Test
    void jacksonAloneDecodesAnOverlongSlash() {
        // Why the check exists: Jackson turns C0 AF into '/', so text checks on the decoded value miss it.
        byte[] body = hex("7b2261223a22c0af227d"); // {"a":"<C0 AF>"}

        assertThat(JsonMapper.builder().build().readTree(body).path("a").asString()).isEqualTo("/");
    }

    @Test
    void wellFormedUtf8PassesUnchanged() throws IOException {
        byte[] text = "ASCII, è, €, 𝄞 and \u0000 stay as they are".getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(text)).isEqualTo(text);
    }

    @Test
    void overlongTwoByteFormIsRefused() {
        assertMalformedAt("41c0af", 1);
    }

    @Test
    void overlongThreeByteFormIsRefused() {
        assertMalformedAt("e080af", 1);
    }

    @Test
    void overlongFourByteFormIsRefused() {
        assertMalformedAt("f08080af", 1);
    }

    @Test
    void strayFfIsRefused() {
        assertMalformedAt("4142ff", 2);
    }

    @Test
    void loneContinuationByteIsRefused() {
        assertMalformedAt("80", 0);
    }

    @Test
    void encodedSurrogateIsRefused() {
        assertMalformedAt("eda080", 1);
    }

    @Test
    void codePointAbove10ffffIsRefused() {
        assertMalformedAt("f4908080", 1);
    }

    @Test
    void sequenceCutShortByTheEndIsRefused() {
        assertMalformedAt("41e282", 3);
    }

    @Test
    void sequenceInterruptedByAsciiIsRefused() {
        assertMalformedAt("e24141", 1);
    }

    private static void assertMalformedAt(String hex, long offset) {
        assertThatThrownBy(() -> readAll(hex(hex)))
                .isInstanceOfSatisfying(MalformedUtf8.class, malformed -> assertThat(malformed.offset()).isEqualTo(offset));
    }

    static byte[] readAll(byte[] bytes) throws IOException {
        return new Utf8CheckingInputStream(servletStream(bytes)).readAllBytes();
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static ServletInputStream servletStream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
