package org.sportello.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client of Sportello's public APIs, as a front-desk application would use them:
 * for system tests, the benchmark and the demo. Answers are returned whole (status and JSON),
 * so callers assert what a user would see.
 */
public final class SportelloApi {

    /** Status and body of an answer; the body is JSON or, for CSV, a text node. */
    public record Answer(int status, JsonNode body, String raw) {

        public JsonNode json() {
            return body;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String baseUrl;
    private final String token;

    public SportelloApi(String baseUrl, String token) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, token);
    }

    public SportelloApi(HttpClient http, String baseUrl, String token) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
    }

    public Answer put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") && !raw.isEmpty() ? JSON.readTree(raw) : JSON.getNodeFactory().textNode(raw);
            return new Answer(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw new ApiUnreachable(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnreachable(request.uri() + ": interrupted", e);
        }
    }

    /** The service did not answer at all. */
    public static final class ApiUnreachable extends RuntimeException {

        public ApiUnreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
