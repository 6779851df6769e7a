package org.sportello.intake.contact;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a contact led to (esito). Precise enough for researchers to tell care from control in
 * first access; which outcome counts as which is the reporting side's configurable mapping.
 */
public enum ContactOutcome {
    /** Information given. */
    INFORMATION_GIVEN,
    /** Orientation towards a service or resource. */
    ORIENTATION,
    /** A short support path with the office. */
    SHORT_SUPPORT_PATH,
    /** An appointment was proposed. */
    APPOINTMENT_PROPOSED,
    /** Referral (invio) to a specialist service or partner organisation. */
    REFERRAL,
    /** Economic support was requested for the citizen. */
    ECONOMIC_SUPPORT_REQUESTED,
    /** Documents were requested from the citizen before going further. */
    DOCUMENTS_REQUESTED,
    /** The citizen's eligibility for a benefit or service is being checked. */
    ELIGIBILITY_CHECK,
    /** The citizen was found not eligible for what they asked. */
    NOT_ELIGIBLE,
    /** The case was taken in charge (presa in carico). */
    TAKEN_IN_CHARGE,
    /** Nothing further follows from the contact. */
    NO_FURTHER_ACTION,
    /**
     * A stored code no longer in use: an event recorded with a code that intake has since retired
     * still loads, with this in its place. Never accepted in a request.
     */
    @JsonEnumDefaultValue
    UNRECOGNISED;

    /** The outcomes a request may name, each at most once. */
    public static final int IN_USE = 11;
}
