package org.sportello.platform.web;

import java.io.IOException;

import jakarta.servlet.ServletInputStream;

/**
 * Passes a JSON body through unchanged while checking that it is well-formed UTF-8 (RFC 3629,
 * table 3-7 of the Unicode standard). Jackson refuses stray bytes but decodes overlong forms
 * ({@code C0 AF} becomes {@code /}) and encoded surrogates, which lets a byte sequence slip past
 * any check made on the decoded text; so the bytes are checked before Jackson sees them.
 */
final class Utf8CheckingInputStream extends ForwardingServletInputStream {

    /** Continuation bytes still expected for the current sequence. */
    private int pending;
    /** Allowed range of the next continuation byte (narrower right after E0, ED, F0, F4). */
    private int low = 0x80;
    private int high = 0xBF;
    private long position;

    Utf8CheckingInputStream(ServletInputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        int next = body.read();
        if (next < 0) {
            endOfInput();
        } else {
            check(next);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = body.read(buffer, offset, length);
        if (read < 0) {
            endOfInput();
        }
        for (int i = 0; i < read; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return read;
    }

    private void check(int b) throws MalformedUtf8 {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedUtf8(position);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            // Lead bytes; C0, C1 and F5..FF never occur in UTF-8.
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    low = 0xA0; // shorter forms would be overlong
                } else if (b == 0xED) {
                    high = 0x9F; // ED A0..BF would encode surrogates
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    low = 0x90; // overlong
                } else if (b == 0xF4) {
                    high = 0x8F; // above U+10FFFF
                }
            } else {
                throw new MalformedUtf8(position);
            }
        }
        position++;
    }

    private void endOfInput() throws MalformedUtf8 {
        if (pending > 0) {
            throw new MalformedUtf8(position);
        }
    }
}
