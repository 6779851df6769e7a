package org.sportello.platform.web;

import java.io.IOException;

import jakarta.servlet.ServletInputStream;

/**
 * Reads at most {@code limit} bytes of a request body; reading past them throws
 * {@link RequestBodyTooLarge}. For chunked bodies, whose length nobody declared: the body is
 * refused while it streams in, before a parser holds it whole.
 */
final class LimitedInputStream extends ForwardingServletInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(ServletInputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int next = body.read();
        if (next >= 0) {
            counted(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // Never ask for more than one byte past the limit: enough to know it was exceeded.
        long allowed = limit - count + 1;
        int read = body.read(buffer, offset, (int) Math.min(length, Math.max(allowed, 1)));
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    private void counted(int bytes) throws RequestBodyTooLarge {
        count += bytes;
        if (count > limit) {
            throw new RequestBodyTooLarge(limit);
        }
    }
}
