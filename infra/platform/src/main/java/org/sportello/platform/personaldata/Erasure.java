package org.sportello.platform.personaldata;

import java.time.Instant;

/**
 * An internal event that records the erasure of a subject's personal data. A service's erasure
 * event implements it, so that the platform can keep the erasure log (which outlives a database
 * restore) without knowing the service's events.
 */
public interface Erasure {

    SubjectId subject();

    ErasureGround ground();

    /** Why, in the administration's own words: a protocol number, a request reference. */
    String reference();

    /** Who erased: an operator's id, or {@code retention} when the retention period did. */
    String erasedBy();

    Instant erasedAt();
}
