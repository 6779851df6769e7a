package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.OtherServices;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralApi.Response;
import org.sportello.referral.RunningReferral;
import org.sportello.referral.calendar.ItalianWorkingDays;

import tools.jackson.databind.JsonNode;
import org.sportello.platform.time.TimeInFuture;

/** Referrals over HTTP on real PostgreSQL and Kafka: sending, refusals that write nothing, the lifecycle, scoping. */
class ReferralsIT extends RunningReferral {

    private ReferralApi api;
    private ReferralScene scene;

    @BeforeEach
    void setUp() {
        api = new ReferralApi(port);
        scene = ReferralScene.create(jdbc, api);
    }

    @Test
    void sentReferralAnswersItsDeadlineInWorkingDaysAndWhereItIs() {
        Response created = api.post("/api/referrals", scene.referral(), scene.operator());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(created.location()).isEqualTo("/api/referrals/" + view.path("referralId").asString());
        assertThat(view.path("state").asString()).isEqualTo("SENT");
        Instant sentAt = Instant.parse(view.path("sentAt").asString());
        // ADDICTIONS answers in 10 working days unless its registration says otherwise.
        assertThat(LocalDate.parse(view.path("dueBy").asString())).isEqualTo(new ItalianWorkingDays().dueBy(sentAt, 10));
        assertThat(view.path("serviceType").asString()).isEqualTo("ADDICTIONS");
        assertThat(view.path("caseId").asString()).isEqualTo(scene.knownCase().caseId().toString());
        assertThat(view.path("consent").path("shareScope").path(0).asString()).isEqualTo("NEEDS");
        assertThat(view.path("personalDataErased").asBoolean()).isFalse();

        Response read = api.get(created.location(), scene.operator());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("dueBy").asString()).isEqualTo(view.path("dueBy").asString());
    }

    @Test
    void referralWithoutConsentIsRefusedAndNothingIsWritten() {
        refused(ReferralApi.with(scene.referral(), "consent", null), 422, ConsentRequired.TYPE, "consent");
    }

    @Test
    void referralFromACaseIntakeHasNotPublishedIsRefused() {
        refused(ReferralApi.with(scene.referral(), "caseId", UUID.randomUUID().toString()), 422, UnknownCase.TYPE, "caseId");
    }

    @Test
    void referralNamingAnotherCitizenIsRefused() {
        refused(ReferralApi.with(scene.referral(), "citizenId", UUID.randomUUID().toString()), 422,
                CitizenNotOfCase.TYPE, "citizenId");
    }

    @Test
    void referralToAnUnregisteredProviderIsRefused() {
        refused(ReferralApi.with(scene.referral(), "providerId", "cps-atlantide"), 422, UnknownProvider.TYPE, "providerId");
    }

    @Test
    void referralFromAnOfficeSchedulingHasNotPublishedIsRefused() {
        String atlantide = OtherServices.uniqueSlug("atlantide");
        long before = storedEvents();
        Response response = api.post("/api/referrals", ReferralApi.with(scene.referral(), "fromOfficeId", atlantide),
                ReferralApi.operatorAt(atlantide));
        assertProblem(response, 422, UnknownOffice.TYPE, "fromOfficeId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void verbalConsentWithoutWitnessIsRefused() {
        refused(ReferralApi.with(scene.referral(), "consent",
                ReferralScene.consent("CITIZEN", "VERBAL_WITH_WITNESS", List.of("NEEDS"))), 422, InvalidConsent.TYPE,
                "consent.witness");
    }

    @Test
    void guardiansConsentWithoutGuardianIsRefused() {
        refused(ReferralApi.with(scene.referral(), "consent",
                ReferralScene.consent("LEGAL_GUARDIAN", "SIGNED", List.of("NEEDS"))), 422, InvalidConsent.TYPE,
                "consent.guardian");
    }

    @Test
    void contactTheCitizenDidNotAllowToShareIsRefused() {
        refused(ReferralApi.with(scene.referral(), "sharedContact", "347 1234567"), 422, OutsideShareScope.TYPE,
                "sharedContact");
    }

    @Test
    void consentGivenInTheFutureIsRefused() {
        Map<String, Object> consent = ReferralScene.consent("CITIZEN", "SIGNED", List.of("NEEDS"));
        consent.put("givenAt", Instant.now().plusSeconds(86_400).toString());
        refused(ReferralApi.with(scene.referral(), "consent", consent), 422, TimeInFuture.TYPE, "consent.givenAt");
    }

    @Test
    void referralWithoutCategoriesIsInvalidInput() {
        refused(ReferralApi.with(scene.referral(), "reason", Map.of("userArea", "ADDICTIONS", "categories", List.of())),
                400, "invalid-input", "reason.categories");
    }

    @Test
    void referralFromAClosedCaseIsAConflict() {
        try (OtherServices others = new OtherServices(jdbc)) {
            others.caseClosed(scene.knownCase());
        }
        refused(scene.referral(), 409, CaseClosed.TYPE, "caseId");
    }

    @Test
    void operatorCannotSendFromAnOfficeItDoesNotWorkAt() {
        long before = storedEvents();
        Response response = api.post("/api/referrals", scene.referral(),
                ReferralApi.operatorAt(OtherServices.uniqueSlug("elsewhere")));
        assertProblem(response, 403, "forbidden", "fromOfficeId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void providerAnswersItselfAndTheOfficeSeesTheReferralThroughToItsEnd() {
        UUID referralId = scene.send(api);

        Response accepted = api.post(path(referralId, "accept"), Map.of(), scene.provider());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().has("caseId")).as("the provider's view").isFalse();

        Response completed = api.post(path(referralId, "complete"), Map.of("outcome", "SERVICE_STARTED"), scene.provider());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().path("state").asString()).isEqualTo("COMPLETED");

        JsonNode office = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(office.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(office.path("answer").path("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(office.path("answer").path("source").asString()).isEqualTo("API");
        assertThat(office.path("outcome").asString()).isEqualTo("SERVICE_STARTED");
        assertThat(office.path("completedAt").isNull()).isFalse();

        notAllowed(referralId, "accept", Map.of(), scene.provider(), "COMPLETED");
        notAllowed(referralId, "complete", Map.of("outcome", "OTHER"), scene.provider(), "COMPLETED");
        notAllowed(referralId, "withdraw", Map.of("reason", "OTHER"), scene.operator(), "COMPLETED");
        notAllowed(referralId, "consent-withdrawn", Map.of(), scene.operator(), "COMPLETED");
    }

    @Test
    void operatorRecordsARejectionGivenByPhone() {
        UUID referralId = scene.send(api);

        Response rejected = api.post(path(referralId, "reject"), Map.of("reason", "NO_CAPACITY", "source", "PHONE"),
                scene.operator());

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("answer").path("rejectionReason").asString()).isEqualTo("NO_CAPACITY");
        assertThat(rejected.json().path("answer").path("source").asString()).isEqualTo("PHONE");
        notAllowed(referralId, "accept", Map.of("source", "PHONE"), scene.operator(), "REJECTED");
        notAllowed(referralId, "complete", Map.of("outcome", "OTHER"), scene.operator(), "REJECTED");
        notAllowed(referralId, "withdraw", Map.of("reason", "OTHER"), scene.operator(), "REJECTED");
    }

    @Test
    void answerSourceMustFitWhoRecordsIt() {
        UUID referralId = scene.send(api);
        long before = storedEvents();

        assertProblem(api.post(path(referralId, "accept"), Map.of("source", "API"), scene.operator()), 422,
                InvalidAnswerSource.TYPE, "source");
        assertProblem(api.post(path(referralId, "accept"), Map.of(), scene.operator()), 422,
                InvalidAnswerSource.TYPE, "source");
        assertProblem(api.post(path(referralId, "accept"), Map.of("source", "PHONE"), scene.provider()), 422,
                InvalidAnswerSource.TYPE, "source");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void notAcceptedReferralCannotBeCompletedButCanBeWithdrawn() {
        UUID referralId = scene.send(api);
        notAllowed(referralId, "complete", Map.of("outcome", "SERVICE_STARTED"), scene.provider(), "SENT");

        Response withdrawn = api.post(path(referralId, "withdraw"), Map.of("reason", "SENT_IN_ERROR"), scene.operator());

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("withdrawalReason").asString()).isEqualTo("SENT_IN_ERROR");
        notAllowed(referralId, "accept", Map.of(), scene.provider(), "WITHDRAWN");
        notAllowed(referralId, "withdraw", Map.of("reason", "OTHER"), scene.operator(), "WITHDRAWN");
        notAllowed(referralId, "consent-withdrawn", Map.of(), scene.operator(), "WITHDRAWN");
    }

    @Test
    void acceptedReferralIsWithdrawnByTheOffice() {
        UUID referralId = scene.send(api);
        assertThat(api.post(path(referralId, "accept"), Map.of("source", "EMAIL"), scene.operator()).status())
                .isEqualTo(200);

        Response withdrawn = api.post(path(referralId, "withdraw"), Map.of("reason", "CITIZEN_REQUEST"), scene.operator());

        assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void referralsOfOtherOfficesAndProvidersAreAsIfTheyDidNotExist() {
        UUID referralId = scene.send(api);
        String otherOperator = ReferralApi.operatorAt(OtherServices.uniqueSlug("elsewhere"));
        String otherProvider = ReferralApi.providerAccount(OtherServices.uniqueSlug("other"));
        long before = storedEvents();

        assertProblem(api.get("/api/referrals/" + referralId, otherOperator), 404, ReferralNotFound.TYPE);
        assertProblem(api.get("/api/referrals/" + referralId, otherProvider), 404, ReferralNotFound.TYPE);
        assertProblem(api.post(path(referralId, "accept"), Map.of("source", "PHONE"), otherOperator), 404,
                ReferralNotFound.TYPE);
        assertProblem(api.post(path(referralId, "accept"), Map.of(), otherProvider), 404, ReferralNotFound.TYPE);
        assertProblem(api.post(path(referralId, "withdraw"), Map.of("reason", "OTHER"), otherOperator), 404,
                ReferralNotFound.TYPE);
        assertProblem(api.get("/api/referrals/" + UUID.randomUUID(), scene.operator()), 404, ReferralNotFound.TYPE);
        // Withdrawing and stopping are the office's: the provider's role may not even ask.
        assertProblem(api.post(path(referralId, "withdraw"), Map.of("reason", "OTHER"), scene.provider()), 403,
                "forbidden");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/referrals/" + referralId, ReferralApi.ADMIN).json().path("caseId").asString())
                .isEqualTo(scene.knownCase().caseId().toString());
    }

    @Test
    void providerSeesOnlyWhatConsentSharesAndNothingOnceItIsWithdrawn() {
        Map<String, Object> body = scene.referral();
        Map<String, Object> consent = ReferralScene.consent("CITIZEN", "VERBAL_WITH_WITNESS",
                List.of("CONTACT_DETAILS", "CASE_SUMMARY"));
        consent.put("witness", "Giulia Neri");
        body.put("consent", consent);
        body.put("sharedContact", "347 1234567, afternoons");
        body.put("caseSummary", "Lost her job in March; asks for help with drinking.");
        UUID referralId = scene.send(api, body);

        JsonNode seen = api.get("/api/referrals/" + referralId, scene.provider()).json();
        assertThat(seen.path("sharedContact").asString()).isEqualTo("347 1234567, afternoons");
        assertThat(seen.path("caseSummary").asString()).startsWith("Lost her job");
        assertThat(seen.has("reason")).as("NEEDS was not shared").isFalse();
        assertThat(seen.has("caseId") || seen.has("citizenId") || seen.has("consent")).isFalse();
        JsonNode office = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(office.path("consent").path("witness").asString()).isEqualTo("Giulia Neri");
        assertThat(reads(scene.knownCase().citizenId())).isGreaterThanOrEqualTo(3);

        Response stopped = api.post(path(referralId, "consent-withdrawn"), null, scene.operator());
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().path("state").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(stopped.json().path("consentWithdrawnAt").isNull()).isFalse();

        JsonNode after = api.get("/api/referrals/" + referralId, scene.provider()).json();
        assertThat(after.path("state").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(after.has("sharedContact") || after.has("caseSummary") || after.has("reason")).isFalse();
        JsonNode listed = api.get("/api/providers/" + scene.providerId() + "/referrals", scene.provider()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.path(0).has("sharedContact")).isFalse();
        notAllowed(referralId, "accept", Map.of(), scene.provider(), "CONSENT_WITHDRAWN");
    }

    @Test
    void consentWithdrawnInTheFutureIsRefused() {
        UUID referralId = scene.send(api);
        long before = storedEvents();
        assertProblem(api.post(path(referralId, "consent-withdrawn"),
                Map.of("at", Instant.now().plusSeconds(86_400).toString()), scene.operator()), 422, TimeInFuture.TYPE, "at");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void providerListsItsOwnReferralsAndNoOneElses() {
        UUID referralId = scene.send(api);

        JsonNode own = api.get("/api/providers/" + scene.providerId() + "/referrals?state=SENT", scene.provider()).json();
        assertThat(own).hasSize(1);
        assertThat(own.path(0).path("referralId").asString()).isEqualTo(referralId.toString());
        assertThat(own.path(0).path("reason").path("userArea").asString()).isEqualTo("ADDICTIONS");
        assertThat(own.path(0).has("caseId")).isFalse();
        assertProblem(api.get("/api/providers/" + scene.providerId() + "/referrals",
                ReferralApi.providerAccount(OtherServices.uniqueSlug("other"))), 403, "forbidden", "providerId");

        JsonNode staff = api.get("/api/providers/" + scene.providerId() + "/referrals", scene.operator()).json();
        assertThat(staff).hasSize(1);
        assertThat(staff.path(0).path("caseId").asString()).isEqualTo(scene.knownCase().caseId().toString());
        JsonNode elsewhere = api.get("/api/providers/" + scene.providerId() + "/referrals",
                ReferralApi.operatorAt(OtherServices.uniqueSlug("elsewhere"))).json();
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void officeListsItsReferralsByStateAndNoOtherOfficeMay() {
        UUID referralId = scene.send(api);
        String office = "/api/offices/" + scene.place().secretariatId() + "/referrals";

        assertThat(api.get(office + "?state=SENT", scene.operator()).json().path(0).path("referralId").asString())
                .isEqualTo(referralId.toString());
        assertThat(api.get(office + "?state=OVERDUE", scene.operator()).json()).isEmpty();
        assertThat(api.get(office, ReferralApi.ADMIN).json()).hasSize(1);
        assertProblem(api.get(office, ReferralApi.operatorAt(OtherServices.uniqueSlug("elsewhere"))), 403, "forbidden",
                "officeId");
    }

    @Test
    void rebuiltReadModelShowsTheSameReferral() {
        Map<String, Object> body = scene.referral();
        Map<String, Object> consent = ReferralScene.consent("CITIZEN", "VERBAL_WITH_WITNESS", List.of("CONTACT_DETAILS"));
        consent.put("witness", "Giulia Neri");
        body.put("consent", consent);
        body.put("sharedContact", "347 1234567");
        UUID referralId = scene.send(api, body);
        assertThat(api.post(path(referralId, "accept"), Map.of("source", "PHONE"), scene.operator()).status())
                .isEqualTo(200);
        String before = api.get("/api/referrals/" + referralId, scene.operator()).body();

        Response rebuilt = api.post("/api/admin/read-models/referral-projections/rebuild", null, ReferralApi.ADMIN);

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(api.get("/api/referrals/" + referralId, scene.operator()).body()).isEqualTo(before);
    }

    private void refused(Map<String, Object> body, int status, String type, String field) {
        long before = storedEvents();
        assertProblem(api.post("/api/referrals", body, scene.operator()), status, type, field);
        assertThat(storedEvents()).as("a refused referral writes no event").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE case_id = ?").param(scene.knownCase().caseId())
                .query(Long.class).single()).isZero();
    }

    private void notAllowed(UUID referralId, String transition, Map<String, Object> body, String token, String state) {
        long before = storedEvents();
        JsonNode problem = assertProblem(api.post(path(referralId, transition), body, token), 409,
                TransitionNotAllowed.TYPE);
        assertThat(problem.path("detail").asString()).contains(state).contains(transition);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private long reads(UUID citizenId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject_id = ?").param(citizenId)
                .query(Long.class).single();
    }

    private static String path(UUID referralId, String transition) {
        return "/api/referrals/" + referralId + "/" + transition;
    }
}
