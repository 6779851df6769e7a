package org.sportello.referral;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Referral: the registry of providers (public specialist services and third-sector partners),
 * referrals sent to them with the citizen's consent and their fate, and partner desks' referrals
 * to the secretariat. It knows citizens and cases only from {@code sportello.intake.events} and
 * offices only from {@code sportello.scheduling.events}. The clock, the event store on PostgreSQL,
 * the relay to {@code sportello.referral.events}, personal-data encryption, scheduled jobs and
 * problem details come from infra/platform.
 */
@SpringBootApplication
public class ReferralApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferralApplication.class, args);
    }
}
