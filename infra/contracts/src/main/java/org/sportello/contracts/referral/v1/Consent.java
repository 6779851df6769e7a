package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.List;

/**
 * The consent a referral rests on, as coded facts: who gave it, how, when, and what may be
 * shared. A witness's or guardian's name stays encrypted inside referral.
 *
 * @param givenBy    the citizen or a legal guardian
 * @param form       signed, verbal before a witness, or digital
 * @param givenAt    when it was given, UTC
 * @param shareScope what may be shared with the provider; at least one
 */
public record Consent(ConsentGivenBy givenBy, ConsentForm form, Instant givenAt, List<ShareScope> shareScope) {
}
