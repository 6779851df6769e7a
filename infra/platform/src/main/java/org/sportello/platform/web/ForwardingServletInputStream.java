package org.sportello.platform.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** A request body that a check reads through: everything but reading is the wrapped stream's. */
abstract class ForwardingServletInputStream extends ServletInputStream {

    protected final ServletInputStream body;

    ForwardingServletInputStream(ServletInputStream body) {
        this.body = body;
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return body.available();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
