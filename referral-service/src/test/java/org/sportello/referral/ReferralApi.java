package org.sportello.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sportello.testing.HttpAnswer;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral over real HTTP, as its clients call it, with a token of the caller's choice; and the
 * provider registry's requests, for the tests that need a provider to send referrals to.
 */
public final class ReferralApi {

    public static final String ADMIN_ID = "admin-1";
    public static final String ADMIN = TestInfrastructure.token(ADMIN_ID, "ADMIN");
    public static final String RESEARCHER = TestInfrastructure.token("researcher-1", "RESEARCHER");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    public ReferralApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An operator working at {@code offices}. */
    public static String operatorAt(String... offices) {
        return TestInfrastructure.tokenAt(List.of(offices), "operator-" + String.join("-", offices), "OPERATOR");
    }

    /** A partner desk's volunteer working at {@code desks}. */
    public static String partnerDeskAt(String... desks) {
        return TestInfrastructure.tokenAt(List.of(desks), "volunteer-" + String.join("-", desks), "PARTNER_DESK");
    }

    /** A provider's account bound to {@code providerId}. */
    public static String providerAccount(String providerId) {
        return TestInfrastructure.providerToken(providerId, "account-" + providerId);
    }

    public Response get(String path, String token) {
        return send("GET", path, null, token);
    }

    public Response post(String path, Object body, String token) {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), token);
    }

    public Response send(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---- providers -----------------------------------------------------------------------------

    /**
     * A registration body for a provider of {@code serviceType} serving the whole district, answering
     * by PHONE, with its type's default deadline; change it with {@link #with}.
     */
    public static Map<String, Object> provider(String providerId, String districtId, String serviceType) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", providerId);
        body.put("name", "Servizio " + providerId);
        body.put("kind", "PUBLIC_SERVICE");
        body.put("serviceType", serviceType);
        body.put("districtId", districtId);
        body.put("municipalityIds", List.of());
        body.put("contactChannel", "PHONE");
        return body;
    }

    /** A copy of {@code body} with {@code field} set to {@code value} (null: left out). */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    /** Registers {@code body} as an administrator; fails the test unless it is created. Returns the provider view. */
    public JsonNode registerProvider(Map<String, Object> body) {
        Response response = post("/api/providers", body, ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** A new provider of {@code serviceType} in {@code districtId} (answering by phone); returns its id. */
    public String newProvider(String districtId, String serviceType) {
        String providerId = OtherServices.uniqueSlug("provider");
        registerProvider(provider(providerId, districtId, serviceType));
        return providerId;
    }

    /** A new provider with accounts (contact channel API) of {@code serviceType} in {@code districtId}; its id. */
    public String newProviderWithAccounts(String districtId, String serviceType) {
        String providerId = OtherServices.uniqueSlug("provider");
        registerProvider(with(provider(providerId, districtId, serviceType), "contactChannel", "API"));
        return providerId;
    }

    public record Response(int status, String location, String contentType, String body) implements HttpAnswer {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
