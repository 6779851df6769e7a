package org.sportello.scheduling.operator;

import org.sportello.platform.personaldata.DataKeys;
import org.springframework.stereotype.Component;

/** The operator's own key ({@link OperatorSubject#of}), which seals only their name. */
@Component
class PlatformOperatorDataKeys implements OperatorDataKeys {

    private final DataKeys keys;

    PlatformOperatorDataKeys(DataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void shred(OperatorId operatorId) {
        keys.shred(OperatorSubject.of(operatorId));
    }
}
