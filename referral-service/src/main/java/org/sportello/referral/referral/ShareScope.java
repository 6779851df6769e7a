package org.sportello.referral.referral;

/** What the citizen allowed the office to share with the provider. */
public enum ShareScope {
    /** The reason: user area and need categories. */
    NEEDS,
    /** How the provider may reach the citizen ({@code sharedContact}). */
    CONTACT_DETAILS,
    /** The operator's summary of the case ({@code caseSummary}). */
    CASE_SUMMARY
}
