package org.sportello.referral.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.referral.ReferralApi.ADMIN;
import static org.sportello.referral.ReferralApi.provider;
import static org.sportello.referral.ReferralApi.with;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.OtherServices;
import org.sportello.referral.OtherServices.Place;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralApi.Response;
import org.sportello.referral.RunningReferral;

import tools.jackson.databind.JsonNode;

/** The provider registry over HTTP, on real PostgreSQL, with districts as scheduling publishes them. */
class ProviderRegistryIT extends RunningReferral {

    private ReferralApi api;
    private OtherServices others;
    private Place place;

    @BeforeEach
    void setUp() {
        api = new ReferralApi(port);
        others = new OtherServices(jdbc);
        place = others.newPlace();
    }

    @AfterEach
    void tearDown() {
        others.close();
    }

    @Test
    void registeredProviderIsAnsweredWithItsTypesDefaultDeadlineAndLocation() {
        String providerId = OtherServices.uniqueSlug("serd");

        Response created = api.post("/api/providers", provider(providerId, place.districtId(), "ADDICTIONS"), ADMIN);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/providers/" + providerId);
        JsonNode view = created.json();
        assertThat(view.path("providerId").asString()).isEqualTo(providerId);
        assertThat(view.path("serviceType").asString()).isEqualTo("ADDICTIONS");
        assertThat(view.path("districtId").asString()).isEqualTo(place.districtId());
        assertThat(view.path("municipalityIds").isEmpty()).isTrue();
        assertThat(view.path("responseDeadlineWorkingDays").asInt()).isEqualTo(10);
        assertThat(view.path("registeredAt").asString()).isNotBlank();
        assertThat(api.get("/api/providers/" + providerId, ReferralApi.partnerDeskAt(place.deskId())).json())
                .isEqualTo(view);
    }

    @Test
    void registrationMayNameMunicipalitiesAndItsOwnDeadline() {
        String second = others.newMunicipality(place.districtId());
        String providerId = OtherServices.uniqueSlug("caritas");

        JsonNode view = api.registerProvider(with(with(with(provider(providerId, place.districtId(), "FOOD_AND_BASIC_NEEDS"),
                "municipalityIds", List.of(second, place.municipalityId())), "responseDeadlineWorkingDays", 2),
                "kind", "THIRD_SECTOR"));

        assertThat(view.path("municipalityIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(second, place.municipalityId());
        assertThat(view.path("responseDeadlineWorkingDays").asInt()).isEqualTo(2);
        assertThat(view.path("kind").asString()).isEqualTo("THIRD_SECTOR");
    }

    @Test
    void listIsFilteredByDistrictAndServiceTypeInIdOrder() {
        String b = "b-" + OtherServices.uniqueSlug("housing");
        String a = "a-" + OtherServices.uniqueSlug("housing");
        api.registerProvider(provider(b, place.districtId(), "HOUSING"));
        api.registerProvider(provider(a, place.districtId(), "HOUSING"));
        String other = api.newProvider(place.districtId(), "DISABILITY");
        String elsewhere = api.newProvider(others.newPlace().districtId(), "HOUSING");

        Response housing = api.get("/api/providers?districtId=" + place.districtId() + "&serviceType=HOUSING",
                ReferralApi.RESEARCHER);
        Response district = api.get("/api/providers?districtId=" + place.districtId(), ReferralApi.operatorAt(place.secretariatId()));

        assertThat(housing.status()).isEqualTo(200);
        assertThat(ids(housing)).containsExactly(a, b);
        assertThat(ids(district)).containsExactlyInAnyOrder(a, b, other).doesNotContain(elsewhere);
        assertThat(ids(api.get("/api/providers", ADMIN))).contains(a, b, other, elsewhere);
    }

    @Test
    void unknownProviderIsNotFound() {
        assertProblem(api.get("/api/providers/nobody-at-all", ADMIN), 404, ProviderNotFound.TYPE);
    }

    @Test
    void sameProviderIdTwiceIsAConflict() {
        String providerId = api.newProvider(place.districtId(), "OTHER");
        long before = storedEvents();

        Response again = api.post("/api/providers", provider(providerId, place.districtId(), "HOUSING"), ADMIN);

        assertProblem(again, 409, ProviderAlreadyRegistered.TYPE, "providerId");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/providers/" + providerId, ADMIN).json().path("serviceType").asString()).isEqualTo("OTHER");
    }

    @Test
    void concurrentRegistrationsOfOneIdRegisterItOnce() throws Exception {
        String providerId = OtherServices.uniqueSlug("race");
        Map<String, Object> body = provider(providerId, place.districtId(), "MENTAL_HEALTH");

        List<Integer> statuses = concurrently(6, () -> api.post("/api/providers", body, ADMIN).status());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(storedEvents(ProviderRegistered.class, Provider.streamId(new ProviderId(providerId)))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM provider WHERE provider_id = ?").param(providerId).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void districtSchedulingNeverPublishedIsRefusedWithNothingWritten() {
        String providerId = OtherServices.uniqueSlug("lost");
        long before = storedEvents();

        Response refused = api.post("/api/providers", provider(providerId, "no-such-district", "HOUSING"), ADMIN);

        assertProblem(refused, 422, UnknownDistrict.TYPE, "districtId");
        assertNothingWritten(before, providerId);
    }

    @Test
    void municipalitySchedulingNeverPublishedIsRefusedWithNothingWritten() {
        String providerId = OtherServices.uniqueSlug("lost");
        long before = storedEvents();

        Response refused = api.post("/api/providers", with(provider(providerId, place.districtId(), "HOUSING"),
                "municipalityIds", List.of(place.municipalityId(), "no-such-town")), ADMIN);

        assertProblem(refused, 422, UnknownMunicipality.TYPE, "municipalityIds");
        assertNothingWritten(before, providerId);
    }

    @Test
    void municipalityOfAnotherDistrictIsRefusedWithNothingWritten() {
        String providerId = OtherServices.uniqueSlug("lost");
        Place elsewhere = others.newPlace();
        long before = storedEvents();

        Response refused = api.post("/api/providers", with(provider(providerId, place.districtId(), "HOUSING"),
                "municipalityIds", List.of(elsewhere.municipalityId())), ADMIN);

        assertProblem(refused, 422, MunicipalityNotInDistrict.TYPE, "municipalityIds");
        assertNothingWritten(before, providerId);
    }

    @Test
    void badShapesAreRefusedNamingTheFieldWithNothingWritten() {
        String providerId = OtherServices.uniqueSlug("shape");
        Map<String, Object> body = provider(providerId, place.districtId(), "HOUSING");
        long before = storedEvents();

        assertProblem(api.post("/api/providers", with(body, "providerId", "Not A Slug"), ADMIN), 400, "invalid-input", "providerId");
        assertProblem(api.post("/api/providers", with(body, "responseDeadlineWorkingDays", 61), ADMIN), 400,
                "invalid-input", "responseDeadlineWorkingDays");
        assertProblem(api.post("/api/providers", with(body, "responseDeadlineWorkingDays", 0), ADMIN), 400,
                "invalid-input", "responseDeadlineWorkingDays");
        assertProblem(api.post("/api/providers", with(body, "name", " "), ADMIN), 400, "invalid-input", "name");
        assertProblem(api.post("/api/providers", with(body, "districtId", null), ADMIN), 400, "invalid-input", "districtId");
        assertThat(api.post("/api/providers", with(body, "serviceType", "ASTROLOGY"), ADMIN).status()).isEqualTo(400);
        assertNothingWritten(before, providerId);
    }

    @Test
    void onlyAnAdministratorRegisters() {
        String providerId = OtherServices.uniqueSlug("roles");
        Map<String, Object> body = provider(providerId, place.districtId(), "HOUSING");
        long before = storedEvents();

        for (String token : List.of(ReferralApi.operatorAt(place.secretariatId()), ReferralApi.partnerDeskAt(place.deskId()),
                ReferralApi.RESEARCHER, ReferralApi.providerAccount(providerId))) {
            assertProblem(api.post("/api/providers", body, token), 403, "forbidden");
        }
        assertThat(api.post("/api/providers", body, null).status()).isEqualTo(401);
        assertThat(api.get("/api/providers", null).status()).isEqualTo(401);
        assertNothingWritten(before, providerId);
    }

    private void assertNothingWritten(long eventsBefore, String providerId) {
        assertThat(storedEvents()).as("no event stored").isEqualTo(eventsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM provider_id_claim WHERE provider_id = ?").param(providerId)
                .query(Long.class).single()).as("no id claimed").isZero();
        assertThat(api.get("/api/providers/" + providerId, ADMIN).status()).isEqualTo(404);
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(node -> node.path("providerId").asString()).toList();
    }

}
