package org.sportello.reporting.research.codingschemes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.sportello.testing.HttpAnswer;
import org.sportello.testing.TestInfrastructure;

/** The coding-scheme API as researchers' and administrators' clients call it. */
final class CodingSchemesApi {

    static final String RESEARCHER = TestInfrastructure.token("researcher-1", "RESEARCHER");
    static final String ADMIN = TestInfrastructure.token("admin-7", "ADMIN");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    CodingSchemesApi(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/research/coding-schemes";
    }

    record Answer(int status, String location, String contentType, String body) implements HttpAnswer {
    }

    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    Answer put(String version, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + version))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().method() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
