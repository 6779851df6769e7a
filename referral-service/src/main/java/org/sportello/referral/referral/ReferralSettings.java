package org.sportello.referral.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referrals are recorded (application.properties, {@code sportello.referral.*}).
 *
 * @param backdatingLimit how far back a referral may be recorded as sent after the fact
 *                        ({@code sentAt}): a year of history and some, as a municipality adopting
 *                        Sportello brings in from its previous system
 */
@ConfigurationProperties(prefix = "sportello.referral")
public record ReferralSettings(@DefaultValue("P400D") Duration backdatingLimit) {
}
