package org.sportello.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.platform.deadletter.DeadLetterController;
import org.sportello.platform.deadletter.DeadLetterCount;

import tools.jackson.databind.JsonNode;

/** The dead-letter administration over HTTP, as an administrator's client calls it. */
final class DeadLetterAdmin {

    private final IntakeApi api;
    private final String token;
    private final int port;

    DeadLetterAdmin(IntakeApi api, String token, int port) {
        this.api = api;
        this.token = token;
        this.port = port;
    }

    Response list() {
        return api.get(DeadLetterController.PATH, token);
    }

    /** The parked events of one sequence (an aggregate), first the one that failed. */
    List<JsonNode> lettersOf(UUID sequenceId) {
        Response response = list();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        response.json().forEach(letter -> {
            if (sequenceId.toString().equals(letter.path("sequenceId").asString())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    int count() {
        Response response = list();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().size();
    }

    Response retry(UUID sequenceId) {
        return api.postJson(DeadLetterController.PATH + "/" + sequenceId + "/retry", "", token);
    }

    Response retryAll() {
        return api.postJson(DeadLetterController.PATH + "/retry", "", token);
    }

    /** {@code sportello_dead_letters} of the relay, as Prometheus scrapes it. */
    double metric(String processingGroup) {
        String scrape = scrape();
        String name = DeadLetterCount.METER.replace('.', '_') + "{";
        String tag = DeadLetterCount.GROUP_TAG + "=\"" + processingGroup + "\"";
        return scrape.lines()
                .filter(line -> line.startsWith(name) && line.contains(tag))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + tag + "} in\n" + scrape));
    }

    /** As Prometheus asks: its text format, which the JSON-only client of the API would not accept. */
    private String scrape() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain").timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
