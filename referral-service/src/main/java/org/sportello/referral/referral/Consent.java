package org.sportello.referral.referral;

import java.time.Instant;
import java.util.List;

import org.sportello.platform.personaldata.Personal;

/**
 * The consent a referral rests on. Part of the stored {@link ReferralSent}, so it checks nothing
 * ({@link ConsentPolicy} checks the command). The names it holds are personal data under the
 * citizen's key.
 *
 * @param witness  who witnessed verbal consent; null unless {@link ConsentForm#VERBAL_WITH_WITNESS}
 * @param guardian who consented for the citizen; null unless {@link ConsentGivenBy#LEGAL_GUARDIAN}
 */
public record Consent(ConsentGivenBy givenBy, Instant givenAt, ConsentForm form, Personal<String> witness,
                      Personal<String> guardian, List<ShareScope> shareScope) {
}
