package org.sportello.referral.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.platform.json.ContractJson;
import org.sportello.referral.OtherServices;
import org.sportello.referral.OtherServices.Place;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.RunningReferral;
import org.springframework.beans.factory.annotation.Autowired;

/** Referral learns districts, municipalities and offices from sportello.scheduling.events, as scheduling's relay sends them. */
class KnownOfficesIT extends RunningReferral {

    @Autowired
    KnownOffices known;

    private OtherServices others;

    @BeforeEach
    void connect() {
        others = new OtherServices(jdbc);
    }

    @AfterEach
    void disconnect() {
        others.close();
    }

    @Test
    void publishedOfficesAreKnownWithTheirKindAndDistrict() {
        Place place = others.newPlace();

        assertThat(known.office(place.secretariatId())).contains(new KnownOffice(place.secretariatId(),
                place.municipalityId(), place.districtId(), KnownOffice.OfficeKind.SECRETARIAT));
        assertThat(known.office(place.deskId()).orElseThrow().isPartnerDesk()).isTrue();
        assertThat(known.districtExists(place.districtId())).isTrue();
        assertThat(known.districtOf(place.municipalityId())).contains(place.districtId());
        assertThat(known.office("never-published")).isEmpty();
        assertThat(known.districtExists("never-published")).isFalse();
        assertThat(known.districtOf("never-published")).isEmpty();
    }

    @Test
    void officeArrivingBeforeItsMunicipalityIsKnownOnceTheMunicipalityArrives() {
        String district = others.districtCreated(OtherServices.uniqueSlug("district"));
        String municipality = OtherServices.uniqueSlug("town");
        String office = others.officeCreated(OtherServices.uniqueSlug("office"), municipality, OfficeKind.SECRETARIAT);
        others.awaitOffice(office);

        assertThat(known.office(office)).as("its district is not known yet").isEmpty();

        others.municipalityCreated(municipality, district);
        others.awaitMunicipality(municipality);
        assertThat(known.office(office).orElseThrow().districtId()).isEqualTo(district);
    }

    @Test
    void redeliveredOfficeIsAppliedOnce() {
        Place place = others.newPlace();
        String office = OtherServices.uniqueSlug("office");
        String eventId = UUID.randomUUID().toString();
        byte[] created = ContractJson.write(officeCreated(office, place.municipalityId()));
        others.scheduling().send(eventId, OfficeCreated.TYPE, office, created);
        others.awaitOffice(office);

        others.scheduling().send(eventId, OfficeCreated.TYPE, office, created);
        // Behind the redelivery on the same key, so on the same partition: once it is here, so was that.
        String marker = OtherServices.uniqueSlug("marker");
        others.scheduling().send(UUID.randomUUID().toString(), OfficeCreated.TYPE, office,
                ContractJson.write(officeCreated(marker, place.municipalityId())));
        others.awaitOffice(marker);

        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE projection = ? AND event_id = ?")
                .params(KnownOfficesProjection.NAME, eventId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM known_office WHERE office_id = ?").param(office).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void unusableRecordsAreDeadLettersAndTheOfficesBehindThemStillArrive() {
        Place place = others.newPlace();
        String office = OtherServices.uniqueSlug("office");
        others.scheduling().send(UUID.randomUUID().toString(), OfficeCreated.TYPE, office,
                "{not json".getBytes(StandardCharsets.UTF_8));
        String tooLong = "x".repeat(Slug.MAX_LENGTH + 1);
        others.scheduling().send(UUID.randomUUID().toString(), OfficeCreated.TYPE, office,
                ContractJson.write(officeCreated(tooLong, place.municipalityId())));
        others.scheduling().send(UUID.randomUUID().toString(), OfficeCreated.TYPE, office,
                ContractJson.write(officeCreated(office, place.municipalityId())));

        others.awaitOffice(office);
        assertThat(known.office(tooLong)).isEmpty();
    }

    @Test
    void rebuiltOfficesComeBackFromSchedulingsTopic() {
        Place place = others.newPlace();

        ReferralApi.Response rebuilt = new ReferralApi(port).post(
                "/api/admin/read-models/" + KnownOfficesProjection.NAME + "/rebuild", null, ReferralApi.ADMIN);

        assertThat(rebuilt.status()).as("the replay catches up in the background: " + rebuilt.body()).isEqualTo(202);
        await().atMost(OtherServices.KNOWN_WITHIN).until(() -> known.office(place.deskId()).isPresent());
        assertThat(known.office(place.deskId()).orElseThrow().districtId()).isEqualTo(place.districtId());
    }

    private static OfficeCreated officeCreated(String officeId, String municipalityId) {
        return new OfficeCreated(officeId, municipalityId, "Sportello " + officeId, "Via Roma 1",
                OfficeKind.SECRETARIAT, null, Instant.parse("2025-01-13T08:10:00Z"), "admin-1");
    }
}
