package org.sportello.referral.referral;

import java.util.UUID;

import org.sportello.platform.personaldata.DataKeys;
import org.springframework.stereotype.Component;

/** The citizen's key ({@link ReferralId#subjectOf}), which seals their referrals' consent names and shared details. */
@Component
class PlatformReferralDataKeys implements ReferralDataKeys {

    private final DataKeys keys;

    PlatformReferralDataKeys(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void shredCitizen(UUID citizenId) {
        keys.shred(ReferralId.subjectOf(citizenId));
    }
}
