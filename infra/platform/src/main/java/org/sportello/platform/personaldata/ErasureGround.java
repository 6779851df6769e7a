package org.sportello.platform.personaldata;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The grounds for erasure of GDPR art. 17(1), as an erasure names them. */
public enum ErasureGround {
    /** (b) the data subject withdraws consent. */
    CONSENT_WITHDRAWN,
    /** (a) no longer necessary for the purposes for which it was collected; also the retention period's ground. */
    NO_LONGER_NECESSARY,
    /** (c) the data subject objects. */
    OBJECTION,
    /** (d) the data was processed unlawfully. */
    UNLAWFUL_PROCESSING,
    /** (e) erasure is required by a legal obligation. */
    LEGAL_OBLIGATION,
    /** A ground a later release retired, read from a stored event; never accepted in a request. */
    @JsonEnumDefaultValue
    UNRECOGNISED
}
