package org.sportello.testing.openapi;

/** Spectral could not be installed or could not lint: the check fails instead of passing unchecked. */
public class SpectralFailed extends RuntimeException {

    SpectralFailed(String message) {
        super(message);
    }
}
