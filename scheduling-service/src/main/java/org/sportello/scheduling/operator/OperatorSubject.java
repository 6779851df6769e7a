package org.sportello.scheduling.operator;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.sportello.platform.personaldata.SubjectId;

/**
 * Whose data an operator's name is: a subject derived from the operator id (a name-based UUID), so
 * that every read finds the key without a lookup, and erasing the operator's name is shredding it.
 */
final class OperatorSubject {

    private OperatorSubject() {
    }

    static SubjectId of(OperatorId operatorId) {
        return SubjectId.of(UUID.nameUUIDFromBytes(("sportello-operator:" + operatorId.value())
                .getBytes(StandardCharsets.UTF_8)));
    }
}
