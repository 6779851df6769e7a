package org.sportello.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.IntakeRequests.anonymousContact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.ContactRecorded;

/**
 * A Kafka outage is something to wait out, never a reason to park events: while the broker is
 * down the relay's batches fail and are retried, nothing becomes a dead letter, and once the
 * broker is back every event arrives.
 */
class RelayKafkaOutageIT extends RelayOnItsOwnKafka {

    /** Several of the relay's delivery timeouts (6 s here), so that batches have failed while it was down. */
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    @Test
    void kafkaOutageDeadLettersNothingAndEverythingArrivesOnceTheBrokerIsBack() {
        DeadLetterAdmin admin = new DeadLetterAdmin(api, ADMIN, port);
        List<UUID> contacts = new ArrayList<>();
        broker().stop();
        try {
            for (int i = 0; i < 3; i++) {
                contacts.add(api.recordContact(anonymousContact()).contactId());
            }

            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(10))
                    .until(() -> contacts.stream().allMatch(contact -> admin.lettersOf(contact).isEmpty()));
        } finally {
            broker().start();
        }

        contacts.forEach(contact -> topic.await(ContactRecorded.TYPE, contact, CATCH_UP));
        assertThat(contacts).allSatisfy(contact -> assertThat(admin.lettersOf(contact)).isEmpty());
    }
}
