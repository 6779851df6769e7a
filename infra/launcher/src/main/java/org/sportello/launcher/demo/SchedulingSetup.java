package org.sportello.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sportello.client.SportelloApi;
import org.sportello.launcher.LauncherFailure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the seed municipalities' structure through scheduling's API as an administrator would
 * (districts, municipalities, offices, opening hours with their history, closures, operators and their
 * availability), then reads back what scheduling says: the offices it lists and their concrete open
 * slots. The demo places contacts in those slots only, so scheduling is the one office model.
 *
 * <p>Run again into the same data directory, every create that answers 409 (the id exists) is taken as
 * done: the structure is the same.
 */
final class SchedulingSetup {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String baseUrl;
    private final String adminToken;
    private final SportelloApi admin;
    private int requests;

    SchedulingSetup(HttpClient http, String baseUrl, String adminToken) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.admin = new SportelloApi(http, baseUrl, adminToken);
    }

    /** Creates everything in the seed; returns how many requests it took. */
    int create(Seed seed) {
        for (Seed.District district : seed.districts()) {
            created(admin.post("/api/districts", Map.of("districtId", district.districtId(), "name", district.name())),
                    "district " + district.districtId());
        }
        for (Seed.Municipality municipality : seed.municipalities()) {
            created(admin.post("/api/municipalities", Map.of("municipalityId", municipality.municipalityId(),
                    "name", municipality.name(), "districtId", municipality.districtId())),
                    "municipality " + municipality.municipalityId());
        }
        for (Seed.OfficeSetup office : seed.offices()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("officeId", office.officeId());
            body.put("municipalityId", office.municipalityId());
            body.put("name", office.name());
            body.put("address", office.address());
            body.put("kind", office.kind());
            body.put("partnerName", office.partnerName());
            created(admin.post("/api/offices", body), "office " + office.officeId());
            for (Seed.HoursSet hours : office.hours()) {
                List<Map<String, Object>> slots = new ArrayList<>();
                for (Seed.WeeklySlot slot : hours.slots()) {
                    slots.add(Map.of("dayOfWeek", slot.dayOfWeek().toString(), "from", slot.from(), "to", slot.to(),
                            "mode", slot.mode()));
                }
                created(put("/api/offices/" + office.officeId() + "/opening-hours",
                        Map.of("validFrom", hours.validFrom().toString(), "slots", slots)),
                        "opening hours of " + office.officeId() + " from " + hours.validFrom());
            }
            for (Seed.Closure closure : office.closures()) {
                created(admin.post("/api/offices/" + office.officeId() + "/closures", Map.of("from",
                        closure.from().toString(), "to", closure.to().toString(), "reason", closure.reason())),
                        "closure of " + office.officeId() + " on " + closure.from());
            }
        }
        for (Seed.StaffMember member : seed.staff()) {
            created(admin.post("/api/operators", Map.of("operatorId", member.operatorId(), "roles", member.roles(),
                    "employer", member.employer(), "offices", member.offices())), "operator " + member.operatorId());
            List<Map<String, Object>> weekly = new ArrayList<>();
            for (Seed.Availability slot : member.weekly()) {
                weekly.add(Map.of("dayOfWeek", slot.dayOfWeek().toString(), "from", slot.from(), "to", slot.to(),
                        "officeId", slot.officeId()));
            }
            created(put("/api/operators/" + member.operatorId() + "/availability",
                    Map.of("weekly", weekly, "absences", List.of())), "availability of " + member.operatorId());
        }
        return requests;
    }

    /**
     * The demo's offices as scheduling lists them ({@code GET /api/offices}, public), each with its open
     * slots from {@code from} to {@code to} ({@code GET /api/offices/{id}/open-hours}, public, a month at
     * a time), in the seed's order.
     */
    List<DemoOffice> readBack(LocalDate from, LocalDate to) {
        SportelloApi anyone = new SportelloApi(http, baseUrl, null);
        SportelloApi.Answer listed = anyone.get("/api/offices");
        expect(listed, "list offices");
        JsonNode list = listed.json().isArray() ? listed.json() : listed.json().get("offices");
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode office : list) {
            byId.put(office.get("officeId").asString(), office);
        }
        List<DemoOffice> offices = new ArrayList<>();
        for (String id : Seed.OFFICE_IDS) {
            JsonNode office = byId.get(id);
            if (office == null) {
                throw new LauncherFailure("scheduling does not list office " + id + " after the demo created it: see "
                        + "scheduling-service's log");
            }
            List<DemoOffice.OpenSlot> slots = new ArrayList<>();
            for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
                LocalDate last = month.plusMonths(1).minusDays(1);
                SportelloApi.Answer hours = anyone.get("/api/offices/" + id + "/open-hours?from="
                        + (month.isBefore(from) ? from : month) + "&to=" + (last.isAfter(to) ? to : last));
                expect(hours, "open hours of " + id);
                for (JsonNode slot : hours.json().get("slots")) {
                    slots.add(new DemoOffice.OpenSlot(LocalDate.parse(slot.get("date").asString()),
                            LocalTime.parse(slot.get("from").asString()), LocalTime.parse(slot.get("to").asString()),
                            DemoOffice.Mode.valueOf(slot.get("mode").asString())));
                }
            }
            offices.add(new DemoOffice(id, office.get("municipalityId").asString(),
                    Seed.KIND_PARTNER_DESK.equals(office.get("kind").asString()), slots));
        }
        return offices;
    }

    /** Requests sent so far. */
    int requests() {
        return requests;
    }

    private SportelloApi.Answer put(String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode json = raw.isEmpty() || !response.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? null : JSON.readTree(raw);
            return new SportelloApi.Answer(response.statusCode(), json, raw);
        } catch (IOException e) {
            throw new SportelloApi.ApiUnreachable(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SportelloApi.ApiUnreachable(request.uri() + ": interrupted", e);
        }
    }

    private static final Set<Integer> DONE = Set.of(200, 201, 204, 409);

    /** Created, or there already (409: a demo run before into this data directory). */
    private void created(SportelloApi.Answer answer, String what) {
        requests++;
        if (!DONE.contains(answer.status())) {
            throw new LauncherFailure("scheduling refused " + what + ": HTTP " + answer.status() + " " + answer.raw());
        }
    }

    private void expect(SportelloApi.Answer answer, String what) {
        requests++;
        if (answer.status() != 200) {
            throw new LauncherFailure("scheduling answered " + what + " with HTTP " + answer.status() + " "
                    + answer.raw());
        }
    }
}
