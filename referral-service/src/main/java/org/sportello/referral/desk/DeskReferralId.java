package org.sportello.referral.desk;

import java.util.UUID;

/** A desk referral's id, drawn by the controller when the desk sends it. */
public record DeskReferralId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
