package org.sportello.scheduling.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.RegistryApi.created;
import static org.sportello.scheduling.RegistryApi.uniqueSlug;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.scheduling.RunningScheduling;
import org.sportello.scheduling.office.OfficeId;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The staff register over HTTP on PostgreSQL. */
class OperatorRegisterIT extends RunningScheduling {

    @Autowired
    StaffCalendar staff;

    private RegistryApi api;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
    }

    private static Map<String, Object> operator(String operatorId, String name, List<String> offices) {
        Map<String, Object> body = new HashMap<>();
        body.put("operatorId", operatorId);
        body.put("name", name);
        body.put("roles", List.of("SOCIAL_WORKER", "EDUCATOR"));
        body.put("employer", "Cooperativa Il Sorriso");
        body.put("offices", offices);
        return body;
    }

    @Test
    void operatorIsRegisteredAndReadsBackForAnAdministrator() {
        String office = api.newOffice().officeId();
        String operatorId = uniqueSlug("op");

        Response response = created(api.post("/api/operators", operator(operatorId, "Anna Bianchi", List.of(office))));
        JsonNode read = api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.ADMIN).json();

        assertThat(response.location()).endsWith("/api/operators/" + operatorId);
        assertThat(response.json().path("operatorId").asString()).isEqualTo(operatorId);
        assertThat(read.path("name").asString()).isEqualTo("Anna Bianchi");
        assertThat(read.path("roles").toString()).isEqualTo("[\"EDUCATOR\",\"SOCIAL_WORKER\"]");
        assertThat(read.path("employer").asString()).isEqualTo("Cooperativa Il Sorriso");
        assertThat(read.path("offices").toString()).isEqualTo("[\"" + office + "\"]");
        assertThat(storedEvents(OperatorRegistered.class, "operator:" + operatorId)).isEqualTo(1);
    }

    @Test
    void operatorsNameIsStoredOnlyEncrypted() {
        String office = api.newOffice().officeId();
        String operatorId = uniqueSlug("op");
        String name = "Ginevra Sconosciutissima";

        created(api.post("/api/operators", operator(operatorId, name, List.of(office))));

        byte[] payload = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param("operator:" + operatorId).query(byte[].class).single();
        byte[] row = jdbc.sql("SELECT name FROM operator WHERE operator_id = ?").param(operatorId)
                .query(byte[].class).single();
        assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("Ginevra", "Sconosciutissima");
        assertThat(new String(row, StandardCharsets.ISO_8859_1)).doesNotContain("Ginevra", "Sconosciutissima");
    }

    @Test
    void operatorWithoutANameIsRegisteredWithNone() {
        String office = api.newOffice().officeId();
        String operatorId = uniqueSlug("op");

        created(api.post("/api/operators", operator(operatorId, null, List.of(office))));

        assertThat(api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.ADMIN).json().path("name").isNull())
                .isTrue();
    }

    @Test
    void sameOperatorTwiceIsAConflictAndRecordsNothing() {
        String office = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("EDUCATOR"), List.of(office));
        long before = storedEvents();

        assertProblem(api.post("/api/operators", operator(operatorId, null, List.of(office))), 409,
                OperatorAlreadyRegistered.TYPE, "operatorId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void operatorAtAnOfficeNeverCreatedIsRefusedNamingIt() {
        String office = api.newOffice().officeId();
        long before = storedEvents();

        assertProblem(api.post("/api/operators", operator(uniqueSlug("op"), null, List.of(office, "nowhere-at-all"))), 422,
                UnknownOffice.TYPE, "offices[1]");
        assertProblem(api.post("/api/operators", operator("anna bianchi", null, List.of(office))), 400, "invalid-input",
                "operatorId");
        assertProblem(api.post("/api/operators", Map.of("operatorId", uniqueSlug("op"), "roles", List.of("JUGGLER"),
                "employer", "x", "offices", List.of(office))), 400, "invalid-input", "roles[0]");
        assertProblem(api.post("/api/operators", Map.of("operatorId", uniqueSlug("op"), "roles", List.of(),
                "employer", "x", "offices", List.of(office))), 400, "invalid-input", "roles");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void availabilityIsSetAndReadsBack() {
        String office = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("SOCIAL_WORKER"), List.of(office));

        Response response = api.put("/api/operators/" + operatorId + "/availability", Map.of(
                "weekly", List.of(Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "13:00", "officeId", office)),
                "absences", List.of(Map.of("from", "2025-03-10", "to", "2025-03-14"))));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode weekly = response.json().path("weekly").path(0);
        assertThat(weekly.path("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(weekly.path("from").asString()).isEqualTo("09:00");
        assertThat(weekly.path("to").asString()).isEqualTo("13:00");
        assertThat(weekly.path("officeId").asString()).isEqualTo(office);
        assertThat(response.json().path("absences").path(0).path("from").asString()).isEqualTo("2025-03-10");
        assertThat(response.json().path("absences").path(0).path("to").asString()).isEqualTo("2025-03-14");
    }

    @Test
    void availabilityBreakingARuleIsRefusedNamingTheEntryAndRecordsNothing() {
        String office = api.newOffice().officeId();
        String other = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("SOCIAL_WORKER"), List.of(office));
        long before = storedEvents();
        String path = "/api/operators/" + operatorId + "/availability";

        assertProblem(api.put(path, Map.of("weekly", List.of(Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "13:00",
                "officeId", other)), "absences", List.of())), 422, NotTheirOffice.TYPE, "weekly[0].officeId");
        assertProblem(api.put(path, Map.of("weekly", List.of(
                Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "13:00", "officeId", office),
                Map.of("dayOfWeek", "MONDAY", "from", "12:00", "to", "14:00", "officeId", office)), "absences", List.of())),
                400, InvalidAvailability.TYPE, "weekly[1]");
        assertProblem(api.put(path, Map.of("weekly", List.of(), "absences", List.of(Map.of("from", "2025-03-14",
                "to", "2025-03-10")))), 400, InvalidAvailability.TYPE, "absences[0].to");
        assertProblem(api.put("/api/operators/nobody-at-all/availability", Map.of("weekly", List.of(),
                "absences", List.of())), 404, OperatorNotFound.TYPE, "operatorId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theStaffRegisterIsForAdministratorsOnly() {
        String office = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("SOCIAL_WORKER"), List.of(office));
        String body = "{\"operatorId\":\"x\",\"roles\":[\"EDUCATOR\"],\"employer\":\"x\",\"offices\":[\"" + office + "\"]}";
        long before = storedEvents();

        assertProblem(api.send("GET", "/api/operators/" + operatorId, null, null), 401, "unauthenticated");
        assertProblem(api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.OPERATOR), 403, "forbidden");
        assertProblem(api.send("POST", "/api/operators", body, null), 401, "unauthenticated");
        assertProblem(api.send("POST", "/api/operators", body, RegistryApi.OPERATOR), 403, "forbidden");
        assertProblem(api.send("PUT", "/api/operators/" + operatorId + "/availability",
                "{\"weekly\":[],\"absences\":[]}", RegistryApi.OPERATOR), 403, "forbidden");
        assertProblem(api.send("PUT", "/api/operators/" + operatorId,
                "{\"roles\":[\"EDUCATOR\"],\"employer\":\"x\",\"offices\":[\"" + office + "\"]}", RegistryApi.OPERATOR),
                403, "forbidden");
        assertProblem(api.send("GET", "/api/operators/nobody-at-all", null, RegistryApi.ADMIN), 404,
                OperatorNotFound.TYPE, "operatorId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static Map<String, Object> change(List<String> roles, String employer, List<String> offices) {
        Map<String, Object> body = new HashMap<>();
        body.put("roles", roles);
        body.put("employer", employer);
        body.put("offices", offices);
        return body;
    }

    @Test
    void operatorMovedToAnotherOfficeIsNoLongerOfferedAtTheOldOne() {
        String left = api.newOffice().officeId();
        String kept = api.newOffice().officeId();
        String joined = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("SOCIAL_WORKER"), List.of(left, kept));
        Response set = api.put("/api/operators/" + operatorId + "/availability", Map.of(
                "weekly", List.of(Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "13:00", "officeId", left),
                        Map.of("dayOfWeek", "TUESDAY", "from", "09:00", "to", "13:00", "officeId", kept)),
                "absences", List.of()));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        OperatorId id = new OperatorId(operatorId);
        Instant monday = Instant.parse("2025-03-03T00:00:00Z");
        Instant nextMonday = Instant.parse("2025-03-10T00:00:00Z");
        assertThat(staff.availability(id, new OfficeId(left), monday, nextMonday)).hasSize(1);

        Response response = api.put("/api/operators/" + operatorId,
                change(List.of("SOCIAL_WORKER", "EDUCATOR"), " Comune di Massa ", List.of(kept, joined)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.path("roles").toString()).isEqualTo("[\"EDUCATOR\",\"SOCIAL_WORKER\"]");
        assertThat(view.path("employer").asString()).isEqualTo("Comune di Massa");
        assertThat(view.path("offices").toString()).isEqualTo(List.of(kept, joined).stream().sorted()
                .map(o -> "\"" + o + "\"").toList().toString().replace(" ", ""));
        assertThat(view.path("weekly").size()).isEqualTo(1);
        assertThat(view.path("weekly").path(0).path("officeId").asString()).isEqualTo(kept);
        assertThat(storedEvents(OperatorChanged.class, "operator:" + operatorId)).isEqualTo(1);
        // What appointment proposals ask: nobody at the office left, the operator at the one joined.
        assertThat(staff.operatorsAt(new OfficeId(left), OperatorRole.SOCIAL_WORKER)).doesNotContain(id);
        assertThat(staff.canServe(id, OperatorRole.SOCIAL_WORKER, new OfficeId(left))).isFalse();
        assertThat(staff.availability(id, new OfficeId(left), monday, nextMonday)).isEmpty();
        assertThat(staff.availability(id, new OfficeId(kept), monday, nextMonday)).hasSize(1);
        assertThat(staff.operatorsAt(new OfficeId(joined), OperatorRole.EDUCATOR)).containsExactly(id);
    }

    @Test
    void aChangeThatChangesNothingAnswersTheOperatorAndRecordsNothing() {
        String office = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("EDUCATOR"), List.of(office));
        JsonNode before = api.send("GET", "/api/operators/" + operatorId, null, RegistryApi.ADMIN).json();
        long stored = storedEvents();

        Response response = api.put("/api/operators/" + operatorId,
                change(List.of("EDUCATOR"), before.path("employer").asString(), List.of(office)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(before);
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void changeBreakingARuleIsRefusedNamingTheFieldAndRecordsNothing() {
        String office = api.newOffice().officeId();
        String operatorId = api.newOperator(List.of("SOCIAL_WORKER"), List.of(office));
        String path = "/api/operators/" + operatorId;
        long before = storedEvents();

        assertProblem(api.put("/api/operators/nobody-at-all", change(List.of("EDUCATOR"), "x", List.of(office))), 404,
                OperatorNotFound.TYPE, "operatorId");
        assertProblem(api.put(path, change(List.of("EDUCATOR"), "x", List.of(office, "nowhere-at-all"))), 422,
                UnknownOffice.TYPE, "offices[1]");
        assertProblem(api.put(path, change(List.of(), "x", List.of(office))), 400, "invalid-input", "roles");
        assertProblem(api.put(path, change(List.of("JUGGLER"), "x", List.of(office))), 400, "invalid-input", "roles[0]");
        assertProblem(api.put(path, change(List.of("EDUCATOR"), " ", List.of(office))), 400, "invalid-input", "employer");
        assertProblem(api.put(path, change(List.of("EDUCATOR"), "x", List.of())), 400, "invalid-input", "offices");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.send("GET", path, null, RegistryApi.ADMIN).json().path("roles").toString())
                .isEqualTo("[\"SOCIAL_WORKER\"]");
    }
}
