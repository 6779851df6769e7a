package org.sportello.platform.web;

import java.io.IOException;

/**
 * A JSON body that is not well-formed UTF-8 (RFC 3629): a stray byte, a truncated sequence, an
 * overlong encoding such as {@code C0 AF} for {@code /}, an encoded surrogate, or a code point
 * above U+10FFFF. Thrown while the body is read; {@code ProblemDetailsAdvice} answers 400.
 */
public class MalformedUtf8 extends IOException {

    private final long offset;

    public MalformedUtf8(long offset) {
        super("the body is not valid UTF-8 at byte " + offset);
        this.offset = offset;
    }

    /** Position of the first byte that cannot start or continue a valid sequence, from 0. */
    public long offset() {
        return offset;
    }
}
