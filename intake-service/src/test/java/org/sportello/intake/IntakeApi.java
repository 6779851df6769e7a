package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.testing.HttpAnswer;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The intake service over real HTTP, as an operator's client would call it. */
public final class IntakeApi {

    public static final String OPERATOR_ID = "operator-1";
    public static final String OPERATOR = TestInfrastructure.token(OPERATOR_ID, "OPERATOR");
    public static final String RESEARCHER = TestInfrastructure.token("researcher-1", "RESEARCHER");
    public static final String ADMIN = TestInfrastructure.token("admin-1", "ADMIN");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // HTTP/1.1: the client would otherwise offer an h2c upgrade the server does not take.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    public IntakeApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response post(String path, Object body) {
        return postJson(path, JSON.writeValueAsString(body), OPERATOR);
    }

    public Response postJson(String path, String json, String token) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    /** Any method, with a JSON body or none. */
    public Response send(String method, String path, String json, String token) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = request(path, token).method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    public Response get(String path) {
        return get(path, OPERATOR);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** Registers the person and returns the new citizenId. */
    public UUID register(Person person) {
        Response response = post("/api/citizens", person.registrationRequest());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("citizenId").asString());
    }

    /** Records the contact and returns what the service answered: the contactId and the case. */
    public Recorded recordContact(Map<String, Object> contact) {
        Response response = post("/api/contacts", contact);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Recorded.of(response);
    }

    public Response closeCase(UUID caseId, String reason) {
        return post("/api/cases/" + caseId + "/close", Map.of("reason", reason));
    }

    public Response takeInCharge(UUID caseId, String operatorId) {
        return post("/api/cases/" + caseId + "/take-in-charge", Map.of("operatorId", operatorId));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public record Response(int status, String location, String contentType, String body) implements HttpAnswer {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The {@code field} of the problem's first error, as the client highlights it. */
        public String errorField() {
            return json().path("errors").path(0).path("field").asString(null);
        }
    }

    /** The answer to {@code POST /api/contacts}; {@code caseId} is null for an anonymous contact. */
    public record Recorded(UUID contactId, UUID caseId) {

        public static Recorded of(Response response) {
            JsonNode json = response.json();
            JsonNode caseId = json.path("caseId");
            return new Recorded(UUID.fromString(json.path("contactId").asString()),
                    caseId.isNull() || caseId.isMissingNode() ? null : UUID.fromString(caseId.asString()));
        }
    }
}
