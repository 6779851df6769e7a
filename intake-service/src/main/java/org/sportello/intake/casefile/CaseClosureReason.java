package org.sportello.intake.casefile;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why a case was closed: coded, so that it can be counted and published without free text. */
public enum CaseClosureReason {
    /** The need was met. */
    NEED_MET,
    /** Handed over to a specialist service or partner that now follows the citizen. */
    REFERRED_ELSEWHERE,
    /** The citizen no longer wants the service. */
    CITIZEN_WITHDREW,
    /** The citizen could not be reached for a long time. */
    NO_LONGER_REACHABLE,
    /** The citizen moved out of the municipality. */
    MOVED_AWAY,
    /** The citizen died. */
    DECEASED,
    /** Opened by mistake, e.g. a duplicate. */
    OPENED_IN_ERROR,
    OTHER,
    /**
     * A stored code no longer in use: an event recorded with a code that intake has since retired
     * still loads, with this in its place. Never accepted in a request.
     */
    @JsonEnumDefaultValue
    UNRECOGNISED;
}
