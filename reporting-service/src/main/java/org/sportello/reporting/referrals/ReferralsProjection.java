package org.sportello.reporting.referrals;

import java.util.List;

import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.KafkaProjection;
import org.sportello.platform.consuming.TopicProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referral funnel per service type and month, and partner desks' referrals per district and
 * month, from referral's events.
 *
 * <p>The platform runs it (see {@link KafkaProjection}): each poll batch is one transaction in
 * which the event ids are claimed in {@code processed_event} and only the newly claimed events are
 * applied, so a redelivery counts once. Beyond that, every fact is kept per referral and merged
 * (the earliest sending, the earliest answer, flags that stay set), so that a fact told twice
 * under another event id counts once, and the result does not depend on the order the events are
 * applied in: referral orders a referral's events by its key, but a replayed dead letter or a
 * rebuild may still bring an answer before its sending, and the answer then waits for it.
 */
@Component
class ReferralsProjection extends TopicProjection<ReferralFact> {

    static final String NAME = "referrals";

    private final ReferralsTables tables;

    ReferralsProjection(ReferralsTables tables,
                        @Value("${sportello.reporting.referrals.group-id}") String groupId,
                        @Value("${sportello.reporting.referrals.concurrency:1}") int concurrency) {
        super(NAME, ReferralTopic.NAME, groupId, concurrency, ReferralFacts.TYPES);
        this.tables = tables;
    }

    @Override
    public ReferralFact read(String type, byte[] value) {
        return ReferralFacts.read(type, value);
    }

    @Override
    public void apply(List<Delivered<ReferralFact>> events) {
        ReferralActivity activity = ReferralActivity.of(events.stream().map(Delivered::event).toList());
        if (!activity.isEmpty()) {
            tables.add(activity);
        }
    }

    @Override
    public List<String> tables() {
        return ReferralsTables.TABLES;
    }
}
