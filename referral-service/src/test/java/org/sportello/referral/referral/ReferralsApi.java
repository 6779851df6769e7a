package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sportello.testing.HttpAnswer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The referral API over real HTTP, as an office's or a provider's client calls it. */
final class ReferralsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    ReferralsApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A referral's body: signed consent to share the needs, nothing else; tests change what they need. */
    static Map<String, Object> referral(UUID caseId, UUID citizenId, String providerId, String officeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("citizenId", citizenId.toString());
        body.put("providerId", providerId);
        body.put("fromOfficeId", officeId);
        body.put("reason", Map.of("userArea", "ADDICTIONS", "categories", List.of("HEALTH", "WORK")));
        body.put("consent", consent("CITIZEN", "SIGNED", List.of("NEEDS")));
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

    Response post(String path, Object body, String token) {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), token);
    }

    Response get(String path, String token) {
        return send("GET", path, null, token);
    }

    /** Sends it and expects 201; returns the referral's id. */
    UUID send(Map<String, Object> referral, String token) {
        Response created = post("/api/referrals", referral, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("referralId").asString());
    }

    Response send(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
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

    record Response(int status, String location, String contentType, String body) implements HttpAnswer {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
