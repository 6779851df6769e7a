package org.sportello.launcher.demo;

import java.net.http.HttpClient;
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

/**
 * Creates the seed municipalities' structure through scheduling's API as an administrator would
 * (districts, municipalities, offices, opening hours with their history, closures, operators and their
 * availability), then reads back what scheduling says: the offices it lists and their concrete open
 * slots. The demo places contacts in those slots only, so scheduling is the one office model.
 *
 * <p>Run again into the same data directory, every create that answers 409 (the id exists) is taken as
 * done: the structure is the same. An office that existed keeps its hours and closures as they are
 * (setting them again would add to its history, and an office is never made central afterwards: scheduling
 * takes {@code central} only at creation); operators' availability is set again (it replaces).
 */
final class SchedulingSetup {

    private final HttpClient http;
    private final String baseUrl;
    private final SportelloApi admin;
    private int requests;

    SchedulingSetup(HttpClient http, String baseUrl, String adminToken) {
        this.http = http;
        this.baseUrl = baseUrl;
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
            body.put("central", office.central());
            if (!created(admin.post("/api/offices", body), "office " + office.officeId())) {
                // Created by an earlier run, hours and closures with it: setting them again would add to its history.
                continue;
            }
            for (Seed.HoursSet hours : office.hours()) {
                List<Map<String, Object>> slots = new ArrayList<>();
                for (Seed.WeeklySlot slot : hours.slots()) {
                    slots.add(Map.of("dayOfWeek", slot.dayOfWeek().toString(), "from", slot.from(), "to", slot.to(),
                            "mode", slot.mode()));
                }
                created(admin.put("/api/offices/" + office.officeId() + "/opening-hours",
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
            created(admin.put("/api/operators/" + member.operatorId() + "/availability",
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
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode office : listed.json()) {
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
            // An office created before scheduling knew central offices lists none: it is not one.
            JsonNode central = office.get("central");
            offices.add(new DemoOffice(id, office.get("municipalityId").asString(),
                    Seed.KIND_PARTNER_DESK.equals(office.get("kind").asString()), central != null && central.asBoolean(),
                    slots));
        }
        return offices;
    }

    /** Requests sent so far. */
    int requests() {
        return requests;
    }

    private static final Set<Integer> DONE = Set.of(200, 201, 204, 409);

    /** Created (true), or there already (false; 409: a demo run before into this data directory). */
    private boolean created(SportelloApi.Answer answer, String what) {
        requests++;
        if (!DONE.contains(answer.status())) {
            throw new LauncherFailure("scheduling refused " + what + ": HTTP " + answer.status() + " " + answer.raw());
        }
        return answer.status() != 409;
    }

    private void expect(SportelloApi.Answer answer, String what) {
        requests++;
        if (answer.status() != 200) {
            throw new LauncherFailure("scheduling answered " + what + " with HTTP " + answer.status() + " "
                    + answer.raw());
        }
    }
}
