package org.sportello.scheduling;

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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.sportello.testing.HttpAnswer;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The office registry and staff register over real HTTP, as an administrator's client calls them. */
public final class RegistryApi {

    public static final String ADMIN_ID = "admin-1";
    public static final String ADMIN = TestInfrastructure.token(ADMIN_ID, "ADMIN");
    public static final String OPERATOR = TestInfrastructure.token("operator-1", "OPERATOR");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    public RegistryApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An id no other test of this run uses: the tests share one database. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Response post(String path, Object body) {
        return send("POST", path, JSON.writeValueAsString(body), ADMIN);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, JSON.writeValueAsString(body), ADMIN);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
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

    /** A new district, municipality and secretariat; returns the office id. */
    public Place newOffice() {
        String district = uniqueSlug("district");
        String municipality = uniqueSlug("town");
        String office = uniqueSlug("office");
        created(post("/api/districts", Map.of("districtId", district, "name", "Distretto " + district)));
        created(post("/api/municipalities", Map.of("municipalityId", municipality, "name", "Comune " + municipality,
                "districtId", district)));
        created(post("/api/offices", secretariat(office, municipality)));
        return new Place(district, municipality, office);
    }

    public static Map<String, Object> secretariat(String officeId, String municipalityId) {
        Map<String, Object> office = new HashMap<>();
        office.put("officeId", officeId);
        office.put("municipalityId", municipalityId);
        office.put("name", "Sportello " + officeId);
        office.put("address", "Via Roma 1");
        office.put("kind", "SECRETARIAT");
        return office;
    }

    public static Map<String, Object> slot(String day, String from, String to, String mode) {
        return Map.of("dayOfWeek", day, "from", from, "to", to, "mode", mode);
    }

    public void setHours(String officeId, String validFrom, List<Map<String, Object>> slots) {
        Response response = put("/api/offices/" + officeId + "/opening-hours", Map.of("validFrom", validFrom, "slots", slots));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    public void close(String officeId, String from, String to) {
        created(post("/api/offices/" + officeId + "/closures", Map.of("from", from, "to", to, "reason", "Festività")));
    }

    /** Registers an operator at {@code offices} in {@code roles}; returns the id. */
    public String newOperator(List<String> roles, List<String> offices) {
        String operatorId = uniqueSlug("operator");
        created(post("/api/operators", Map.of("operatorId", operatorId, "roles", roles, "employer", "Comune",
                "offices", offices)));
        return operatorId;
    }

    public static Response created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    public record Place(String districtId, String municipalityId, String officeId) {
    }

    public record Response(int status, String location, String contentType, String body) implements HttpAnswer {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
