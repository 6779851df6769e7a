package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.RunningReferral;

/**
 * Every role on every referral endpoint, as the role rules and the controllers' scopes answer: the
 * office sends, withdraws and records consent withdrawn; the provider, or an operator for it,
 * answers; a partner desk and a researcher get nothing. (The desk and registry endpoints have
 * theirs in DeskReferralsIT.)
 */
class ReferralRoleMatrixIT extends RunningReferral {

    private static final String[] ROLES = {"ADMIN", "OPERATOR", "PARTNER_DESK", "PROVIDER", "RESEARCHER", "none"};

    private ReferralApi api;
    private ReferralScene scene;
    private Map<String, String> tokens;

    @BeforeEach
    void setUp() {
        api = new ReferralApi(port);
        scene = ReferralScene.create(jdbc, api);
        tokens = new LinkedHashMap<>();
        tokens.put("ADMIN", ReferralApi.ADMIN);
        tokens.put("OPERATOR", scene.operator());
        tokens.put("PARTNER_DESK", ReferralApi.partnerDeskAt(scene.place().deskId()));
        tokens.put("PROVIDER", scene.provider());
        tokens.put("RESEARCHER", ReferralApi.RESEARCHER);
        tokens.put("none", null);
    }

    @Test
    void roleByEndpointMatrix() {
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put("POST /api/referrals", row(403, 201, 403, 403, 403, 401));
        expected.put("POST /api/referrals/{id}/accept", row(403, 200, 403, 200, 403, 401));
        expected.put("POST /api/referrals/{id}/reject", row(403, 200, 403, 200, 403, 401));
        expected.put("POST /api/referrals/{id}/complete", row(403, 200, 403, 200, 403, 401));
        expected.put("POST /api/referrals/{id}/withdraw", row(403, 200, 403, 403, 403, 401));
        expected.put("POST /api/referrals/{id}/consent-withdrawn", row(403, 200, 403, 403, 403, 401));
        expected.put("GET /api/referrals/{id}", row(200, 200, 403, 200, 403, 401));
        expected.put("GET /api/offices/{id}/referrals", row(200, 200, 403, 403, 403, 401));
        expected.put("GET /api/providers/{id}/referrals", row(200, 200, 403, 200, 403, 401));

        Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
        for (String endpoint : expected.keySet()) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String role : ROLES) {
                answers.put(role, call(endpoint, role));
            }
            actual.put(endpoint, answers);
        }

        assertThat(actual).isEqualTo(expected);
    }

    /** Each call that may succeed works on a referral of its own, in the state its transition starts from. */
    private int call(String endpoint, String role) {
        String token = tokens.get(role);
        // The provider answers through the API itself; an operator records an answer given by phone.
        Map<String, Object> answer = role.equals("PROVIDER") ? Map.of() : Map.of("source", "PHONE");
        return switch (endpoint) {
            case "POST /api/referrals" -> api.post("/api/referrals", scene.referral(), token).status();
            case "POST /api/referrals/{id}/accept" -> api.post(path(sent(), "accept"), answer, token).status();
            case "POST /api/referrals/{id}/reject" -> api.post(path(sent(), "reject"),
                    with(answer, "reason", "NO_CAPACITY"), token).status();
            case "POST /api/referrals/{id}/complete" -> api.post(path(accepted(), "complete"),
                    Map.of("outcome", "SERVICE_STARTED"), token).status();
            case "POST /api/referrals/{id}/withdraw" -> api.post(path(sent(), "withdraw"),
                    Map.of("reason", "NO_LONGER_NEEDED"), token).status();
            case "POST /api/referrals/{id}/consent-withdrawn" -> api.post(path(sent(), "consent-withdrawn"), Map.of(),
                    token).status();
            case "GET /api/referrals/{id}" -> api.get("/api/referrals/" + sent(), token).status();
            case "GET /api/offices/{id}/referrals" -> api.get("/api/offices/" + scene.place().secretariatId()
                    + "/referrals", token).status();
            case "GET /api/providers/{id}/referrals" -> api.get("/api/providers/" + scene.providerId() + "/referrals",
                    token).status();
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private UUID sent() {
        return scene.send(api);
    }

    private UUID accepted() {
        UUID referral = sent();
        ReferralApi.Response accepted = api.post(path(referral, "accept"), Map.of("source", "EMAIL"), scene.operator());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return referral;
    }

    private static String path(UUID referral, String transition) {
        return "/api/referrals/" + referral + "/" + transition;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Integer> row(int admin, int operator, int desk, int provider, int researcher, int none) {
        Map<String, Integer> row = new LinkedHashMap<>();
        int[] statuses = {admin, operator, desk, provider, researcher, none};
        for (int i = 0; i < ROLES.length; i++) {
            row.put(ROLES[i], statuses[i]);
        }
        return row;
    }
}
