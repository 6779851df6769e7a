package org.sportello.platform.personaldata;

/** The service cannot protect personal data: its master key is missing, malformed, or not the one its keys were wrapped with. */
public class InvalidMasterKey extends RuntimeException {

    public InvalidMasterKey(String message) {
        super(message);
    }
}
