package org.sportello.contracts.referral.v1;

/** What the citizen allowed the office to share with the provider. */
public enum ShareScope {
    /** The user area and need categories of the referral. */
    NEEDS,
    /** How the provider may reach the citizen. */
    CONTACT_DETAILS,
    /** A summary of the case, written by the referring operator. */
    CASE_SUMMARY
}
