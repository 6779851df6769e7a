package org.sportello.referral.known;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.referral.OtherServices;
import org.sportello.referral.OtherServices.Place;
import org.sportello.referral.RunningReferral;
import org.springframework.beans.factory.annotation.Autowired;

/** Referral keeps partner desks' contacts from sportello.intake.events, and no other contact. */
class KnownContactsIT extends RunningReferral {

    @Autowired
    KnownContacts known;

    @Test
    void partnerDeskContactIsKnownWithItsDeskAndWhoRecordedIt() {
        try (OtherServices others = new OtherServices(jdbc)) {
            Place place = others.newPlace();

            UUID contact = others.deskContactRecorded(place.deskId(), "volunteer-7");

            assertThat(known.deskContact(contact)).contains(new KnownDeskContact(contact, place.deskId(), "volunteer-7"));
        }
    }

    @Test
    void contactsOfOtherChannelsAreNotKept() {
        try (OtherServices others = new OtherServices(jdbc)) {
            Place place = others.newPlace();
            UUID walkIn = others.contactRecorded(place.secretariatId(), Channel.WALK_IN, "op-1");
            // A desk contact published after it: once it is here, the walk-in was read and passed over
            // (the processed_event row says it was seen).
            UUID desk = others.deskContactRecorded(place.deskId(), "volunteer-8");
            org.awaitility.Awaitility.await().atMost(OtherServices.KNOWN_WITHIN).until(() -> jdbc
                    .sql("SELECT count(*) FROM processed_event WHERE projection = 'known-desk-contacts'")
                    .query(Long.class).single() >= 2);

            assertThat(known.deskContact(desk)).isPresent();
            assertThat(known.deskContact(walkIn)).isEmpty();
        }
    }
}
