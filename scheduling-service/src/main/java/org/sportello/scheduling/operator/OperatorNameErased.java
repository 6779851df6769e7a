package org.sportello.scheduling.operator;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

/**
 * Internal: an administrator erased the operator's name (their data key shredded in the same
 * transaction). Nothing else of the operator changes: roles, offices, availability and bookings
 * name them by their pseudonymous id, which is not personal data here. Implements {@link Erasure},
 * so the platform's erasure log records it and shreds the key again after a restore. Holds no
 * personal data itself; never published (the contract {@code OperatorRegistered} carries no name,
 * so there is nothing for consumers to forget).
 *
 * @param reference the administration's own reference for the request, such as a protocol number
 * @param erasedBy  the operator id of the administrator
 */
public record OperatorNameErased(OperatorId operatorId, ErasureGround ground, String reference, String erasedBy,
                                 Instant erasedAt) implements Erasure {

    @Override
    @JsonIgnore
    public SubjectId subject() {
        return OperatorSubject.of(operatorId);
    }
}
