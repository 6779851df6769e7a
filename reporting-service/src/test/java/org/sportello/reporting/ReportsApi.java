package org.sportello.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reporting service's HTTP API as a researcher's client calls it. */
public final class ReportsApi {

    public static final String RESEARCHER = TestInfrastructure.token("researcher-1", "RESEARCHER");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ReportsApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET {@code pathAndQuery}; {@code token} may be null to send none. */
    public HttpResponse<String> get(String pathAndQuery, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Accept", accept).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static <T> T read(HttpResponse<String> response, Class<T> type) {
        return JSON.readValue(response.body(), type);
    }
}
