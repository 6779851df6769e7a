package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sportello.referral.OtherServices;
import org.sportello.referral.ReferralApi;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a referral IT needs around it, under ids of its own: a district with a secretariat (known
 * from scheduling), a citizen's open case there (known from intake), and a provider with accounts.
 */
record ReferralScene(OtherServices.Place place, OtherServices.KnownCase knownCase, String providerId,
                     String operator, String provider) {

    static ReferralScene create(JdbcClient jdbc, ReferralApi api) {
        return create(jdbc, api, null);
    }

    /** @param deadlineWorkingDays the provider's response deadline; null for its type's default */
    static ReferralScene create(JdbcClient jdbc, ReferralApi api, Integer deadlineWorkingDays) {
        try (OtherServices others = new OtherServices(jdbc)) {
            OtherServices.Place place = others.newPlace();
            OtherServices.KnownCase opened = others.caseOpened(place.secretariatId());
            String providerId = OtherServices.uniqueSlug("serd");
            Map<String, Object> provider = ReferralApi.with(ReferralApi.provider(providerId, place.districtId(),
                    "ADDICTIONS"), "contactChannel", "API");
            if (deadlineWorkingDays != null) {
                provider = ReferralApi.with(provider, "responseDeadlineWorkingDays", deadlineWorkingDays);
            }
            api.registerProvider(provider);
            return new ReferralScene(place, opened, providerId, ReferralApi.operatorAt(place.secretariatId()),
                    ReferralApi.providerAccount(providerId));
        }
    }

    /** A referral's body from this scene's case: signed consent to share the needs. */
    Map<String, Object> referral() {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", knownCase.caseId().toString());
        body.put("citizenId", knownCase.citizenId().toString());
        body.put("providerId", providerId);
        body.put("fromOfficeId", place.secretariatId());
        body.put("reason", Map.of("userArea", "ADDICTIONS", "categories", List.of("HEALTH", "WORK")));
        body.put("consent", consent("CITIZEN", "SIGNED", List.of("NEEDS")));
        return body;
    }

    /** This scene's referral recorded after the fact, as sent at {@code sentAt}, with consent given an hour before. */
    Map<String, Object> referralSentAt(Instant sentAt) {
        Map<String, Object> body = referral();
        Map<String, Object> consent = consent("CITIZEN", "SIGNED", List.of("NEEDS"));
        consent.put("givenAt", sentAt.minus(Duration.ofHours(1)).toString());
        body.put("consent", consent);
        body.put("sentAt", sentAt.toString());
        return body;
    }

    static Map<String, Object> consent(String givenBy, String form, List<String> shareScope) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("givenBy", givenBy);
        consent.put("givenAt", Instant.now().minusSeconds(600).toString());
        consent.put("form", form);
        consent.put("shareScope", shareScope);
        return consent;
    }

    /** Sends it as this scene's operator and expects 201; the referral's id. */
    UUID send(ReferralApi api, Map<String, Object> body) {
        ReferralApi.Response created = api.post("/api/referrals", body, operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("referralId").asString());
    }

    UUID send(ReferralApi api) {
        return send(api, referral());
    }
}
