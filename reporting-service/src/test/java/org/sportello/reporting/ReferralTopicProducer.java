package org.sportello.reporting;

import java.util.UUID;

import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.contracts.referral.v1.DeskReferralAcknowledged;
import org.sportello.contracts.referral.v1.DeskReferralSent;
import org.sportello.contracts.referral.v1.ProviderRegistered;
import org.sportello.contracts.referral.v1.ReferralAccepted;
import org.sportello.contracts.referral.v1.ReferralCompleted;
import org.sportello.contracts.referral.v1.ReferralConsentWithdrawn;
import org.sportello.contracts.referral.v1.ReferralOverdue;
import org.sportello.contracts.referral.v1.ReferralRejected;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ReferralWithdrawn;
import org.sportello.platform.json.ContractJson;

/**
 * Publishes on {@code sportello.referral.events} what referral's relay would (see
 * {@link TopicProducer}), each event under its {@code ce_type} and keyed as the contracts README
 * says: providers' events by provider, a referral's by referral, a desk referral's by desk referral.
 */
public final class ReferralTopicProducer extends TopicProducer {

    public ReferralTopicProducer() {
        super(ReferralTopic.NAME, ReferralTopic.SOURCE);
    }

    public static void createTopicIfMissing() {
        createTopicIfMissing(ReferralTopic.NAME);
    }

    /** Publishes {@code event} under a new event id; returns the event id. */
    public String send(Object event) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, event);
        return eventId;
    }

    /** Publishes {@code event} under {@code eventId}, as the relay does again when it redelivers. */
    public void send(String eventId, Object event) {
        send(eventId, typeOf(event), keyOf(event), ContractJson.write(event));
    }

    public static String typeOf(Object event) {
        if (event instanceof ProviderRegistered) {
            return ProviderRegistered.TYPE;
        } else if (event instanceof ReferralSent) {
            return ReferralSent.TYPE;
        } else if (event instanceof ReferralAccepted) {
            return ReferralAccepted.TYPE;
        } else if (event instanceof ReferralRejected) {
            return ReferralRejected.TYPE;
        } else if (event instanceof ReferralCompleted) {
            return ReferralCompleted.TYPE;
        } else if (event instanceof ReferralWithdrawn) {
            return ReferralWithdrawn.TYPE;
        } else if (event instanceof ReferralConsentWithdrawn) {
            return ReferralConsentWithdrawn.TYPE;
        } else if (event instanceof ReferralOverdue) {
            return ReferralOverdue.TYPE;
        } else if (event instanceof DeskReferralSent) {
            return DeskReferralSent.TYPE;
        } else if (event instanceof DeskReferralAcknowledged) {
            return DeskReferralAcknowledged.TYPE;
        }
        throw new IllegalArgumentException("Not a referral event the tests publish: " + event);
    }

    public static String keyOf(Object event) {
        if (event instanceof ProviderRegistered provider) {
            return provider.providerId();
        } else if (event instanceof ReferralSent sent) {
            return sent.referralId().toString();
        } else if (event instanceof ReferralAccepted accepted) {
            return accepted.referralId().toString();
        } else if (event instanceof ReferralRejected rejected) {
            return rejected.referralId().toString();
        } else if (event instanceof ReferralCompleted completed) {
            return completed.referralId().toString();
        } else if (event instanceof ReferralWithdrawn withdrawn) {
            return withdrawn.referralId().toString();
        } else if (event instanceof ReferralConsentWithdrawn withdrawn) {
            return withdrawn.referralId().toString();
        } else if (event instanceof ReferralOverdue overdue) {
            return overdue.referralId().toString();
        } else if (event instanceof DeskReferralSent sent) {
            return sent.deskReferralId().toString();
        } else if (event instanceof DeskReferralAcknowledged acknowledged) {
            return acknowledged.deskReferralId().toString();
        }
        throw new IllegalArgumentException("Not a referral event the tests publish: " + event);
    }
}
