package org.sportello.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Appointments over real HTTP, with offices and staff set up through the registry's API as an administrator would. */
final class AppointmentsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final RegistryApi registry;

    AppointmentsApi(int port) {
        this.registry = new RegistryApi(port);
    }

    /** An operator's token at these offices. */
    static String operatorAt(String... offices) {
        return TestInfrastructure.tokenAt(List.of(offices), "operator-1", "OPERATOR");
    }

    static LocalDate today() {
        return LocalDate.now(OfficeTime.ZONE);
    }

    /**
     * The day the tests' requests are recorded on, after the fact: read once per run, a month back,
     * so that every slot the tests book lies in the past whatever the hour they run at (no test
     * books "today", which at 23:50 has no slot left), and well within the backdating limit.
     */
    static final LocalDate RECORDED_DAY = LocalDate.now(OfficeTime.ZONE).minusDays(30);
    /** 08:00 in the offices' zone on {@link #RECORDED_DAY}: a local time that every day has, daylight-saving days too. */
    static final Instant RECORDED_AT = at(RECORDED_DAY, 8, 0);

    /** That local time on that day in the offices' zone, as an instant. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(OfficeTime.ZONE).toInstant();
    }

    /** An office open for appointments every day at these local hours, from before {@link #RECORDED_DAY} on. */
    String officeOpenDaily(String from, String to) {
        String office = registry.newOffice().officeId();
        List<Map<String, Object>> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            slots.add(RegistryApi.slot(day.name(), from, to, "BY_APPOINTMENT"));
        }
        registry.setHours(office, RECORDED_DAY.minusDays(7).toString(), slots);
        return office;
    }

    /** An operator at the office in the role, available there every day at these hours, absent on {@code absences}. */
    String operator(String office, String role, String from, String to, List<Map<String, String>> absences) {
        String operatorId = registry.newOperator(List.of(role), List.of(office));
        List<Map<String, Object>> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.add(Map.of("dayOfWeek", day.name(), "from", from, "to", to, "officeId", office));
        }
        Response set = registry.put("/api/operators/" + operatorId + "/availability",
                Map.of("weekly", weekly, "absences", absences));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return operatorId;
    }

    /** A citizen's request, recorded after the fact as made at {@link #RECORDED_AT}. */
    static Map<String, Object> requestOf(String office, int minutes, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestedAt", RECORDED_AT.toString());
        body.put("officeId", office);
        body.put("citizenId", UUID.randomUUID().toString());
        body.put("requestedVia", "ONLINE");
        body.put("requiredRoles", List.of(roles));
        body.put("durationMinutes", minutes);
        return body;
    }

    Response send(String method, String path, Object body, String token) {
        return registry.send(method, path, body == null ? null : JSON.writeValueAsString(body), token);
    }

    Response post(String path, Object body, String token) {
        return send("POST", path, body, token);
    }

    Response get(String path, String token) {
        return send("GET", path, null, token);
    }

    /** Books the proposal as it came back (its start and operators); returns the answer. */
    Response book(UUID requestId, JsonNode proposal, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestId", requestId.toString());
        body.put("start", proposal.path("start").asString());
        body.put("operators", JSON.convertValue(proposal.path("operators"), List.class));
        return post("/api/appointments", body, token);
    }

    static UUID id(Response response, String field) {
        return UUID.fromString(response.json().path(field).asString());
    }
}
