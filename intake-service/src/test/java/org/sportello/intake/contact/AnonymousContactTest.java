package org.sportello.intake.contact;

import static org.sportello.intake.contact.ContactDetailsFixture.CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.RECORDED_AT;
import static org.sportello.intake.contact.ContactDetailsFixture.aContact;
import static org.sportello.intake.contact.ContactDetailsFixture.contactDetails;

import java.time.Duration;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnonymousContactTest {

    private FixtureConfiguration<AnonymousContact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnonymousContact.class);
    }

    @Test
    void anonymousContactIsRecordedWithoutCitizenOrCase() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID, contactDetails(), RECORDED_AT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ContactRecorded(CONTACT_ID, null, null, contactDetails(), RECORDED_AT));
    }

    @Test
    void anonymousContactMoreThanFiveMinutesAheadOfTheClockIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordAnonymousContact(CONTACT_ID,
                       aContact().occurredAt(RECORDED_AT.plus(Duration.ofMinutes(5)).plusSeconds(1)).build(),
                       RECORDED_AT))
               .expectNoEvents()
               .expectException(ContactInFuture.class);
    }
}
