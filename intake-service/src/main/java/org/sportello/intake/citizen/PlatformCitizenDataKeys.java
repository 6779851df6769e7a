package org.sportello.intake.citizen;

import org.sportello.platform.personaldata.DataKeys;
import org.springframework.stereotype.Component;

/** The citizen's key, and with it their contacts' notes: {@link CitizenId#subject()}. */
@Component
class PlatformCitizenDataKeys implements CitizenDataKeys {

    private final DataKeys keys;

    PlatformCitizenDataKeys(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void shred(CitizenId citizenId) {
        keys.shred(citizenId.subject());
    }
}
