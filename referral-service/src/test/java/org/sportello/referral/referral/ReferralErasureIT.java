package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.Personal;
import org.sportello.referral.OtherServices;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.RunningReferral;

import tools.jackson.databind.JsonNode;

/** Intake erases a citizen: their referrals' consent names and shared details read as erased, the facts stay. */
class ReferralErasureIT extends RunningReferral {

    @Test
    void citizenErasedAtIntakeLeavesTheirReferralsWithoutPersonalDetails() {
        ReferralApi api = new ReferralApi(port);
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Map<String, Object> body = scene.referral();
        Map<String, Object> consent = ReferralScene.consent("LEGAL_GUARDIAN", "VERBAL_WITH_WITNESS",
                List.of("NEEDS", "CONTACT_DETAILS", "CASE_SUMMARY"));
        consent.put("witness", "Giulia Neri");
        consent.put("guardian", "Paolo Verdi");
        body.put("consent", consent);
        body.put("sharedContact", "347 1234567");
        body.put("caseSummary", "Lost his job in March.");
        UUID referralId = scene.send(api, body);
        UUID citizenId = scene.knownCase().citizenId();

        String first;
        String again;
        try (OtherServices others = new OtherServices(jdbc)) {
            first = others.citizenErased(citizenId);
            // Published twice, as intake may after a restore: the second finds nothing left to erase.
            again = others.citizenErased(citizenId);
        }

        await().atMost(OtherServices.KNOWN_WITHIN).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("/api/referrals/" + referralId, scene.operator()).json().path("personalDataErased").asBoolean());
        JsonNode office = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(office.path("consent").path("witness").asString()).isEqualTo(Personal.ERASED_TEXT);
        assertThat(office.path("consent").path("guardian").asString()).isEqualTo(Personal.ERASED_TEXT);
        assertThat(office.path("sharedContact").asString()).isEqualTo(Personal.ERASED_TEXT);
        assertThat(office.path("caseSummary").asString()).isEqualTo(Personal.ERASED_TEXT);
        assertThat(office.path("state").asString()).isEqualTo("SENT");
        assertThat(office.path("consent").path("form").asString()).isEqualTo("VERBAL_WITH_WITNESS");
        JsonNode provider = api.get("/api/referrals/" + referralId, scene.provider()).json();
        assertThat(provider.path("sharedContact").asString()).isEqualTo(Personal.ERASED_TEXT);
        assertThat(provider.path("reason").path("userArea").asString()).isEqualTo("ADDICTIONS");

        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?").param(citizenId)
                .query(Boolean.class).single()).as("the citizen's key is shredded").isTrue();
        await().atMost(OtherServices.KNOWN_WITHIN).until(() -> jdbc.sql(
                "SELECT count(*) FROM processed_event WHERE projection = ? AND event_id IN (?, ?)")
                .params(CitizenErasures.NAME, first, again).query(Long.class).single() == 2);
        assertThat(storedEvents(ReferralPersonalDataErased.class, referralId.toString())).isEqualTo(1);
        // The reads that showed only erased details logged nothing new.
        long reads = jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject_id = ?").param(citizenId)
                .query(Long.class).single();
        api.get("/api/referrals/" + referralId, scene.operator());
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject_id = ?").param(citizenId)
                .query(Long.class).single()).isEqualTo(reads);
    }

    @Test
    void erasedCitizenGetsNoNewPersonalDetailsHere() {
        ReferralApi api = new ReferralApi(port);
        ReferralScene scene = ReferralScene.create(jdbc, api);
        UUID citizenId = scene.knownCase().citizenId();
        try (OtherServices others = new OtherServices(jdbc)) {
            others.citizenErased(citizenId);
        }
        await().atMost(OtherServices.KNOWN_WITHIN).pollInterval(Duration.ofMillis(200)).until(() ->
                jdbc.sql("SELECT count(*) FROM data_key WHERE subject_id = ? AND wrapped_key IS NULL").param(citizenId)
                        .query(Long.class).single() == 1);
        Map<String, Object> body = scene.referral();
        Map<String, Object> consent = ReferralScene.consent("CITIZEN", "VERBAL_WITH_WITNESS", List.of("NEEDS"));
        consent.put("witness", "Giulia Neri");
        body.put("consent", consent);
        long before = storedEvents();

        ReferralApi.Response refused = api.post("/api/referrals", body, scene.operator());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
