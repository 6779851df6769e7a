package org.sportello.referral.known;

import java.util.Optional;
import java.util.UUID;

/**
 * The cases intake published on {@code sportello.intake.events} ({@code CaseOpened},
 * {@code CaseClosed}), with their citizens: a referral is sent from a case referral has heard of.
 */
public interface KnownCases {

    /** The case, or empty when intake has not published it (yet). */
    Optional<KnownCase> find(UUID caseId);
}
