package org.sportello.platform.security;

/** The service cannot verify tokens: neither an issuer nor a long enough shared secret is set. */
public class InvalidJwtConfiguration extends RuntimeException {

    public InvalidJwtConfiguration(String message) {
        super(message);
    }
}
