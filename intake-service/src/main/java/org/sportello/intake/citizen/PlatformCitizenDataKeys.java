package org.sportello.intake.citizen;

import org.sportello.platform.personaldata.DataKeys;
import org.sportello.platform.personaldata.SubjectId;
import org.springframework.stereotype.Component;

/** A citizen is the subject of all of their personal data: their id names their key. */
@Component
class PlatformCitizenDataKeys implements CitizenDataKeys {

    private final DataKeys keys;

    PlatformCitizenDataKeys(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void shred(CitizenId citizenId) {
        keys.shred(SubjectId.of(citizenId.value()));
    }
}
