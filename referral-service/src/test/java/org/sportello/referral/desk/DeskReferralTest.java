package org.sportello.referral.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.known.InMemoryKnownContacts;
import org.sportello.referral.known.InMemoryKnownOffices;
import org.sportello.referral.known.KnownDeskContact;
import org.sportello.referral.known.KnownOffice.OfficeKind;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

class DeskReferralTest {

    private static final DeskReferralId ID = new DeskReferralId(UUID.fromString("5b1f4c9e-2a61-4a43-9d0e-0c6f1d2e3a4b"));
    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant ACKNOWLEDGED = Instant.parse("2026-03-03T10:30:00Z");
    private static final String DISTRICT = "est-milano";
    private static final String DESK = "caritas-pioltello";
    private static final String SECRETARIAT = "pioltello-centro";
    private static final UUID CONTACT = UUID.fromString("0a6ec564-09be-44ee-97ea-cd63663525b0");
    private static final DeskReason REASON = new DeskReason(UserArea.POVERTY_AND_ADULT_HARDSHIP,
            List.of(NeedCategory.INCOME, NeedCategory.HOUSING));

    private final InMemoryKnownOffices offices = new InMemoryKnownOffices()
            .district(DISTRICT).municipality("pioltello", DISTRICT)
            .office(DESK, "pioltello", OfficeKind.PARTNER_DESK)
            .office("acli-pioltello", "pioltello", OfficeKind.PARTNER_DESK)
            .office(SECRETARIAT, "pioltello", OfficeKind.SECRETARIAT)
            .district("monza").municipality("monza-city", "monza")
            .office("monza-centro", "monza-city", OfficeKind.SECRETARIAT);
    private final InMemoryKnownContacts contacts = new InMemoryKnownContacts()
            .add(new KnownDeskContact(CONTACT, DESK, "volunteer-1"));
    private final InMemoryDeskContactClaims claims = new InMemoryDeskContactClaims();
    private FixtureConfiguration<DeskReferral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeskReferral.class);
        fixture.registerAnnotatedCommandHandler(new DeskReferralSending(fixture.getRepository(), offices, contacts, claims));
    }

    private static SendDeskReferral send(String from, String to, UUID contact, DeskReason reason) {
        return new SendDeskReferral(ID, contact, from, to, reason, SENT);
    }

    private static DeskReferralSent sent() {
        return new DeskReferralSent(ID, CONTACT, DESK, SECRETARIAT, DISTRICT, REASON, SENT);
    }

    @Test
    void deskSendsItsContactToASecretariatOfItsDistrict() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, SECRETARIAT, CONTACT, REASON))
               .expectResultMessagePayload(ID)
               .expectEvents(sent());
    }

    @Test
    void officeSchedulingNeverPublishedIsNotADesk() {
        fixture.givenNoPriorActivity()
               .when(send("nowhere", SECRETARIAT, CONTACT, REASON))
               .expectNoEvents()
               .expectException(NotAPartnerDesk.class);
    }

    @Test
    void secretariatIsNotADesk() {
        fixture.givenNoPriorActivity()
               .when(send(SECRETARIAT, SECRETARIAT, CONTACT, REASON))
               .expectNoEvents()
               .expectException(NotAPartnerDesk.class);
    }

    @Test
    void unknownOfficeIsNoSecretariat() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, "nowhere", CONTACT, REASON))
               .expectNoEvents()
               .expectException(NotASecretariatOfTheDistrict.class);
    }

    @Test
    void anotherDeskIsNoSecretariat() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, "acli-pioltello", CONTACT, REASON))
               .expectNoEvents()
               .expectException(NotASecretariatOfTheDistrict.class);
    }

    @Test
    void secretariatOfAnotherDistrictIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, "monza-centro", CONTACT, REASON))
               .expectNoEvents()
               .expectException(NotASecretariatOfTheDistrict.class);
    }

    @Test
    void contactIntakeNeverPublishedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, SECRETARIAT, UUID.randomUUID(), REASON))
               .expectNoEvents()
               .expectException(UnknownDeskContact.class);
    }

    @Test
    void contactRecordedAtAnotherDeskIsRefused() {
        UUID elsewhere = UUID.randomUUID();
        contacts.add(new KnownDeskContact(elsewhere, "acli-pioltello", "volunteer-2"));

        fixture.givenNoPriorActivity()
               .when(send(DESK, SECRETARIAT, elsewhere, REASON))
               .expectNoEvents()
               .expectException(UnknownDeskContact.class);
    }

    @Test
    void contactReferredAlreadyIsAConflict() {
        claims.claim(CONTACT, new DeskReferralId(UUID.randomUUID()));

        fixture.givenNoPriorActivity()
               .when(send(DESK, SECRETARIAT, CONTACT, REASON))
               .expectNoEvents()
               .expectException(ContactAlreadyReferred.class);
    }

    @Test
    void reasonWithoutANeedCategoryIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, SECRETARIAT, CONTACT, new DeskReason(UserArea.ELDERLY, List.of())))
               .expectNoEvents()
               .expectException(InvalidDeskReferral.class);
    }

    @Test
    void reasonNamingACategoryTwiceIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(DESK, SECRETARIAT, CONTACT, new DeskReason(UserArea.ELDERLY,
                       List.of(NeedCategory.ISOLATION, NeedCategory.ISOLATION))))
               .expectNoEvents()
               .expectException(InvalidDeskReferral.class);
    }

    @Test
    void secretariatAcknowledgesASentReferral() {
        fixture.given(sent())
               .when(new AcknowledgeDeskReferral(ID, ACKNOWLEDGED))
               .expectEvents(new DeskReferralAcknowledged(ID, SECRETARIAT, DISTRICT, ACKNOWLEDGED));
    }

    @Test
    void referralIsAcknowledgedOnce() {
        fixture.given(sent(), new DeskReferralAcknowledged(ID, SECRETARIAT, DISTRICT, ACKNOWLEDGED))
               .when(new AcknowledgeDeskReferral(ID, ACKNOWLEDGED.plusSeconds(60)))
               .expectNoEvents()
               .expectException(DeskReferralAlreadyAcknowledged.class);
    }
}
