package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.platform.problem.Problems;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input from a careless or hostile client: each answer is a problem (never a 500, never an HTML
 * page) naming what was wrong, and nothing reaches the event store. These are the platform's generic
 * refusals, seen through intake's endpoints; intake's own field rules are in RequestErrorsIT.
 */
class HostileInputIT extends RunningIntake {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 256 * 1024;

    @LocalServerPort
    private int port;

    private RawHttp raw;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void rawConnection() {
        raw = new RawHttp(port);
    }

    @Test
    void bodyDeclaredOverTheLimitIsTooLarge() {
        String body = JSON.writeValueAsString(with(anonymousContact(), "notes", "x".repeat(LIMIT)));

        Response response = refused(() -> api.postJson("/api/contacts", body, IntakeApi.OPERATOR));

        assertProblem(response, 413, Problems.REQUEST_BODY_TOO_LARGE, "body");
    }

    @Test
    void chunkedBodyOverTheLimitIsTooLarge() {
        byte[] body = JSON.writeValueAsBytes(with(anonymousContact(), "notes", "x".repeat(LIMIT)));

        // ofInputStream has no length, so the client sends Transfer-Encoding: chunked.
        Response response = refused(() -> send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(response, 413, Problems.REQUEST_BODY_TOO_LARGE, "body");
    }

    @Test
    void chunkedBodyWithinTheLimitIsRecorded() {
        byte[] body = JSON.writeValueAsBytes(anonymousContact());

        Response response = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void keyGivenTwiceIsInvalidInputNamingTheKey() {
        String body = JSON.writeValueAsString(anonymousContact())
                .replaceFirst("\\{", "{\"officeId\":\"monza-centro\",");

        Response response = refused(() -> api.postJson("/api/contacts", body, IntakeApi.OPERATOR));

        assertProblem(response, 400, Problems.INVALID_INPUT, "officeId");
    }

    @Test
    void overlongUtf8IsInvalidInputOfTheBody() {
        // C0 AF: an overlong '/', which Jackson alone would decode and accept.
        Response response = refused(() -> postBytes(withNotes(0xC0, 0xAF)));

        assertProblem(response, 400, Problems.INVALID_INPUT, "body");
    }

    @Test
    void strayFfByteIsInvalidInputOfTheBody() {
        Response response = refused(() -> postBytes(withNotes(0xFF)));

        assertProblem(response, 400, Problems.INVALID_INPUT, "body");
    }

    @Test
    void nulInNotesIsInvalidInputNamingNotes() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "notes", "rent\u0000due")));

        assertProblem(response, 400, Problems.INVALID_INPUT, "notes");
    }

    @Test
    void escapeCharacterInAnOperatorIdIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "operators",
                java.util.List.of(Map.of("operatorId", "op\u001b[2J", "role", "EDUCATOR")));

        Response response = refused(() -> api.post("/api/contacts", contact));

        assertProblem(response, 400, Problems.INVALID_INPUT, "operators[0].operatorId");
    }

    @Test
    void birthDateWithANegativeYearIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("birthDate", "-5000-01-01");

        Response response = refused(() -> api.post("/api/citizens", registration));

        assertProblem(response, 400, Problems.INVALID_INPUT, "birthDate");
    }

    @Test
    void birthDateInYearZeroIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("birthDate", "0000-01-01");

        Response response = refused(() -> api.post("/api/citizens", registration));

        assertProblem(response, 400, Problems.INVALID_INPUT, "birthDate");
    }

    @Test
    void contactBeyondTheYear9999IsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts",
                with(anonymousContact(), "occurredAt", "+10000-01-01T00:00:00Z")));

        assertProblem(response, 400, Problems.INVALID_INPUT, "occurredAt");
    }

    @Test
    void contactWithANegativeYearIsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts",
                with(anonymousContact(), "occurredAt", "-5000-01-01T00:00:00Z")));

        assertProblem(response, 400, Problems.INVALID_INPUT, "occurredAt");
    }

    @Test
    void pathWithAnInvalidPercentSequenceIsAMalformedRequest() {
        Response response = refused(() -> rawPost("/api/contacts/%zz"));

        assertProblem(response, 400, Problems.MALFORMED_REQUEST, "path");
    }

    @Test
    void pathWithARawPercentIsAMalformedRequest() {
        Response response = refused(() -> rawPost("/api/contacts/%"));

        assertProblem(response, 400, Problems.MALFORMED_REQUEST, "path");
    }

    @Test
    void pathWithAnEncodedSlashIsAMalformedRequest() {
        Response response = refused(() -> rawPost("/api/contacts%2F..%2Fadmin"));

        assertProblem(response, 400, Problems.MALFORMED_REQUEST, "path");
    }

    @Test
    void pathTheFirewallRefusesIsAMalformedRequest() {
        // Spring Security's firewall, not Tomcat, refuses an encoded dot segment.
        Response response = refused(() -> rawPost("/api/contacts/%2e%2e/cases"));

        assertProblem(response, 400, Problems.MALFORMED_REQUEST, "path");
    }

    @Test
    void pathThatNamesNothingIsNotFound() {
        Response response = refused(() -> rawPost("/api/contacts-and-more"));

        assertProblem(response, 404, Problems.NOT_FOUND, "path");
    }

    @Test
    void clientThatAcceptsOnlyHtmlGetsAProblemNamingAccept() {
        java.util.UUID contactId = api.recordContact(anonymousContact()).contactId();

        Response response = raw.send("GET /api/contacts/" + contactId + " HTTP/1.1",
                "Authorization: Bearer " + IntakeApi.OPERATOR + "\r\nAccept: text/html", new byte[0]);

        assertProblem(response, 406, Problems.NOT_ACCEPTABLE, "Accept");
    }

    @Test
    void headersLargerThanTheServerAcceptsAreAMalformedRequest() {
        String padding = "X-Padding: " + "p".repeat(64 * 1024);

        Response response = refused(() -> raw.send("POST /api/contacts HTTP/1.1",
                authorisedJson() + "\r\n" + padding, JSON.writeValueAsBytes(anonymousContact())));

        assertProblem(response, 400, Problems.MALFORMED_REQUEST, "headers");
    }

    @Test
    void bodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Response response = refused(() -> raw.send("POST /api/contacts HTTP/1.1",
                "Authorization: Bearer " + IntakeApi.OPERATOR + "\r\nContent-Type: text/plain",
                "officeId=monza-san-rocco".getBytes(StandardCharsets.UTF_8)));

        assertProblem(response, 415, Problems.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
    }

    @Test
    void deletingContactsIsAMethodNotAllowed() {
        Response response = refused(() -> raw.send("DELETE /api/contacts HTTP/1.1",
                "Authorization: Bearer " + IntakeApi.OPERATOR, new byte[0]));

        assertProblem(response, 405, Problems.METHOD_NOT_ALLOWED, "method");
    }

    @Test
    void missingBodyIsInvalidInputOfTheBody() {
        Response response = refused(() -> raw.send("POST /api/contacts HTTP/1.1",
                authorisedJson() + "\r\nContent-Length: 0", new byte[0]));

        assertProblem(response, 400, Problems.INVALID_INPUT, "body");
    }

    private Response rawPost(String path) {
        return raw.send("POST " + path + " HTTP/1.1", authorisedJson(), JSON.writeValueAsBytes(anonymousContact()));
    }

    private static String authorisedJson() {
        return "Authorization: Bearer " + IntakeApi.OPERATOR + "\r\nContent-Type: application/json";
    }

    /** A valid anonymous contact whose notes contain the raw bytes, spliced in after JSON encoding. */
    private static byte[] withNotes(int... bytes) {
        String json = JSON.writeValueAsString(with(anonymousContact(), "notes", "SPLICE"));
        String[] around = json.split("SPLICE");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            body.write(b);
        }
        body.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private Response postBytes(byte[] body) {
        return send(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Response send(HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/contacts"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + IntakeApi.OPERATOR)
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), null,
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request that must be refused, and checks that it wrote no event. */
    private Response refused(Supplier<Response> request) {
        long before = storedEvents();
        Response response = request.get();
        assertThat(storedEvents()).as("events written by a refused request: " + response.body()).isEqualTo(before);
        return response;
    }
}
