package org.sportello.scheduling.operator;

/** The data keys of operators' names ({@link OperatorSubject}), as the erasure of a name sees them. */
public interface OperatorDataKeys {

    /** Shreds it within the current transaction: from its commit the name reads as erased. Idempotent. */
    void shred(OperatorId operatorId);
}
