package org.sportello.scheduling.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.RegistryApi.created;
import static org.sportello.scheduling.RegistryApi.secretariat;
import static org.sportello.scheduling.RegistryApi.slot;
import static org.sportello.scheduling.RegistryApi.uniqueSlug;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RegistryApi.Place;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.scheduling.RunningScheduling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The office registry over HTTP on PostgreSQL: districts, municipalities, offices, hours and closures. */
class OfficeRegistryIT extends RunningScheduling {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegistryApi api;

    /** How the event store reads events back: what a replay of an old OfficeCreated goes through. */
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
    }

    @Test
    void districtMunicipalityAndOfficeAreCreatedWithTheirLocations() {
        String district = uniqueSlug("est-milano");
        String municipality = uniqueSlug("pioltello");
        String office = uniqueSlug("pioltello-centro");

        Response d = created(api.post("/api/districts", Map.of("districtId", district, "name", "Est Milano")));
        Response m = created(api.post("/api/municipalities", Map.of("municipalityId", municipality, "name", "Pioltello",
                "districtId", district)));
        Response o = created(api.post("/api/offices", secretariat(office, municipality)));

        assertThat(d.location()).endsWith("/api/districts/" + district);
        assertThat(d.json().path("districtId").asString()).isEqualTo(district);
        assertThat(m.location()).endsWith("/api/municipalities/" + municipality);
        assertThat(o.location()).endsWith("/api/offices/" + office);
        assertThat(o.json().path("officeId").asString()).isEqualTo(office);
        assertThat(storedEvents(OfficeCreated.class, office)).isEqualTo(1);
        assertThat(storedEvents(DistrictCreated.class, "district:" + district)).isEqualTo(1);
        assertThat(storedEvents(MunicipalityCreated.class, "municipality:" + municipality)).isEqualTo(1);
    }

    @Test
    void officeReadsBackWithoutATokenWithItsMunicipalityAndDistrict() {
        Place place = api.newOffice();

        Response response = api.get("/api/offices/" + place.officeId());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode office = response.json();
        assertThat(office.path("officeId").asString()).isEqualTo(place.officeId());
        assertThat(office.path("municipalityId").asString()).isEqualTo(place.municipalityId());
        assertThat(office.path("districtId").asString()).isEqualTo(place.districtId());
        assertThat(office.path("kind").asString()).isEqualTo("SECRETARIAT");
        assertThat(office.path("partnerName").isNull()).isTrue();
        assertThat(office.path("central").isBoolean()).isTrue();
        assertThat(office.path("central").asBoolean()).isFalse();
        assertThat(office.path("currentHours").isNull()).isTrue();
        assertThat(office.path("hoursHistory").size()).isZero();
        assertThat(office.path("closures").size()).isZero();
    }

    @Test
    void officesAreListedPubliclyByMunicipalityAndByDistrict() {
        Place place = api.newOffice();
        String second = uniqueSlug("office");
        Map<String, Object> partnerDesk = secretariat(second, place.municipalityId());
        partnerDesk.put("kind", "PARTNER_DESK");
        partnerDesk.put("partnerName", "Caritas Ambrosiana");
        created(api.post("/api/offices", partnerDesk));
        String elsewhere = api.newOffice().officeId();

        JsonNode byMunicipality = api.get("/api/offices?municipalityId=" + place.municipalityId()).json();
        JsonNode byDistrict = api.get("/api/offices?districtId=" + place.districtId()).json();
        JsonNode all = api.get("/api/offices").json();

        assertThat(byMunicipality.findValuesAsString("officeId")).containsExactlyInAnyOrder(place.officeId(), second);
        assertThat(byDistrict.findValuesAsString("officeId")).containsExactlyInAnyOrder(place.officeId(), second);
        assertThat(all.findValuesAsString("officeId")).contains(place.officeId(), second, elsewhere);
        assertThat(byMunicipality.findValuesAsString("partnerName")).contains("Caritas Ambrosiana");
    }

    @Test
    void sameIdTwiceIsAConflictAndRecordsNothing() {
        Place place = api.newOffice();
        long before = storedEvents();

        assertProblem(api.post("/api/districts", Map.of("districtId", place.districtId(), "name", "x")), 409,
                DistrictAlreadyExists.TYPE, "districtId");
        assertProblem(api.post("/api/municipalities", Map.of("municipalityId", place.municipalityId(), "name", "x",
                "districtId", place.districtId())), 409, MunicipalityAlreadyExists.TYPE, "municipalityId");
        assertProblem(api.post("/api/offices", secretariat(place.officeId(), place.municipalityId())), 409,
                OfficeAlreadyExists.TYPE, "officeId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anOfficeMayShareItsSlugWithItsMunicipality() {
        // Massa the municipality, massa its only office.
        Place place = api.newOffice();

        created(api.post("/api/offices", secretariat(place.municipalityId(), place.municipalityId())));
    }

    @Test
    void twoCreationsOfOneOfficeRacingEachOtherCreateItOnce() throws Exception {
        Place place = api.newOffice();
        String office = uniqueSlug("contested");

        List<Integer> statuses = concurrently(4, () -> api.post("/api/offices", secretariat(office, place.municipalityId())).status());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(storedEvents(OfficeCreated.class, office)).isEqualTo(1);
    }

    @Test
    void municipalityInADistrictNeverCreatedIsRefusedNamingTheDistrict() {
        long before = storedEvents();

        assertProblem(api.post("/api/municipalities", Map.of("municipalityId", uniqueSlug("town"), "name", "x",
                "districtId", uniqueSlug("nowhere"))), 422, UnknownDistrict.TYPE, "districtId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void officeInAMunicipalityNeverCreatedIsRefusedNamingTheMunicipality() {
        long before = storedEvents();

        assertProblem(api.post("/api/offices", secretariat(uniqueSlug("office"), uniqueSlug("nowhere"))), 422,
                UnknownMunicipality.TYPE, "municipalityId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void idsThatAreNoSlugsAreRefusedNamingTheField() {
        Place place = api.newOffice();
        long before = storedEvents();

        assertProblem(api.post("/api/offices", secretariat("Monza Centro", place.municipalityId())), 400,
                "invalid-input", "officeId");
        assertProblem(api.post("/api/offices", secretariat("all", place.municipalityId())), 400, InvalidSlug.TYPE,
                "officeId");
        assertProblem(api.post("/api/districts", Map.of("districtId", "est--milano", "name", "x")), 400,
                "invalid-input", "districtId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void partnerNameIsRequiredForAPartnerDeskAndRefusedForASecretariat() {
        Place place = api.newOffice();
        long before = storedEvents();
        Map<String, Object> partnerDesk = secretariat(uniqueSlug("desk"), place.municipalityId());
        partnerDesk.put("kind", "PARTNER_DESK");
        Map<String, Object> secretariatWithPartner = new HashMap<>(secretariat(uniqueSlug("office"), place.municipalityId()));
        secretariatWithPartner.put("partnerName", "Caritas");

        assertProblem(api.post("/api/offices", partnerDesk), 400, InvalidPartnerName.TYPE, "partnerName");
        assertProblem(api.post("/api/offices", secretariatWithPartner), 400, InvalidPartnerName.TYPE, "partnerName");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void centralOfficeReadsBackAsCentralBesideItsNeighbourhoodOffices() {
        Place place = api.newOffice();
        String central = uniqueSlug("sede-centrale");
        Map<String, Object> request = secretariat(central, place.municipalityId());
        request.put("central", true);

        created(api.post("/api/offices", request));

        assertThat(api.get("/api/offices/" + central).json().path("central").asBoolean()).isTrue();
        assertThat(api.get("/api/offices/" + place.officeId()).json().path("central").asBoolean()).isFalse();
        JsonNode listed = api.get("/api/offices?municipalityId=" + place.municipalityId()).json();
        Map<String, Boolean> centralById = new HashMap<>();
        listed.forEach(office -> centralById.put(office.path("officeId").asString(), office.path("central").asBoolean()));
        assertThat(centralById).containsExactlyInAnyOrderEntriesOf(Map.of(central, true, place.officeId(), false));
    }

    @Test
    void centralFalseIsANeighbourhoodOffice() {
        Place place = api.newOffice();
        String office = uniqueSlug("office");
        Map<String, Object> request = secretariat(office, place.municipalityId());
        request.put("central", false);

        created(api.post("/api/offices", request));

        assertThat(api.get("/api/offices/" + office).json().path("central").asBoolean()).isFalse();
    }

    @Test
    void secondCentralOfficeOfAMunicipalityIsAConflictNamingCentralAndRecordsNothing() {
        Place place = api.newOffice();
        Map<String, Object> first = secretariat(uniqueSlug("centro"), place.municipalityId());
        first.put("central", true);
        created(api.post("/api/offices", first));
        String second = uniqueSlug("centro");
        Map<String, Object> again = secretariat(second, place.municipalityId());
        again.put("central", true);
        long before = storedEvents();

        JsonNode problem = assertProblem(api.post("/api/offices", again), 409, CentralOfficeExists.TYPE, "central");

        assertThat(problem.path("municipalityId").asString()).isEqualTo(place.municipalityId());
        assertThat(storedEvents()).isEqualTo(before);
        // Refused whole: the office was not created either, so its id is still free.
        created(api.post("/api/offices", secretariat(second, place.municipalityId())));
    }

    @Test
    void twoCentralOfficesOfOneMunicipalityRacingEachOtherCreateOne() throws Exception {
        Place place = api.newOffice();
        List<String> offices = List.of(uniqueSlug("centro"), uniqueSlug("centro"), uniqueSlug("centro"),
                uniqueSlug("centro"));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Integer> statuses = concurrently(offices.size(), () -> {
            Map<String, Object> request = secretariat(offices.get(next.getAndIncrement()), place.municipalityId());
            request.put("central", true);
            return api.post("/api/offices", request).status();
        });

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(offices.stream().filter(office -> api.get("/api/offices/" + office).status() == 200)).hasSize(1);
    }

    @Test
    void onlyASecretariatMayBeCentral() {
        Place place = api.newOffice();
        Map<String, Object> partnerDesk = secretariat(uniqueSlug("desk"), place.municipalityId());
        partnerDesk.put("kind", "PARTNER_DESK");
        partnerDesk.put("partnerName", "Caritas Ambrosiana");
        partnerDesk.put("central", true);
        long before = storedEvents();

        assertProblem(api.post("/api/offices", partnerDesk), 422, InvalidCentralOffice.TYPE, "central");
        assertThat(storedEvents()).isEqualTo(before);
        // The refused desk claimed nothing: the municipality may still name its central office.
        Map<String, Object> central = secretariat(uniqueSlug("centro"), place.municipalityId());
        central.put("central", true);
        created(api.post("/api/offices", central));
    }

    @Test
    void centralThatIsNoBooleanIsRefusedNamingTheField() {
        Place place = api.newOffice();
        Map<String, Object> request = secretariat(uniqueSlug("office"), place.municipalityId());
        request.put("central", "yes");
        long before = storedEvents();

        assertProblem(api.post("/api/offices", request), 400, "invalid-input", "central");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void officeCreatedStoredBeforeOfficesCouldBeCentralStillLoadsAsNotCentral() {
        Place place = api.newOffice();
        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(place.officeId(), OfficeCreated.class.getName())
                .query(String.class).single();
        ObjectNode before = (ObjectNode) JSON.readTree(stored);
        assertThat(before.has("central")).isTrue();
        before.remove("central");

        OfficeCreated old = eventSerializer.deserialize(new SimpleSerializedObject<>(
                JSON.writeValueAsString(before).getBytes(StandardCharsets.UTF_8), byte[].class,
                OfficeCreated.class.getName(), null));

        assertThat(old.officeId().value()).isEqualTo(place.officeId());
        assertThat(old.central()).isFalse();
    }

    @Test
    void hoursShowAsCurrentAndEverySetStaysInHistory() {
        String office = api.newOffice().officeId();
        api.setHours(office, "2020-01-01", List.of(slot("MONDAY", "09:00", "15:00", "WALK_IN")));
        api.setHours(office, "2021-01-01", List.of(slot("MONDAY", "09:00", "15:00", "WALK_IN"),
                slot("TUESDAY", "09:00", "16:00", "BY_APPOINTMENT")));
        api.setHours(office, "2099-01-01", List.of());

        JsonNode view = api.get("/api/offices/" + office).json();

        assertThat(view.path("currentHours").path("validFrom").asString()).isEqualTo("2021-01-01");
        JsonNode tuesday = view.path("currentHours").path("slots").path(1);
        assertThat(tuesday.path("dayOfWeek").asString()).isEqualTo("TUESDAY");
        assertThat(tuesday.path("from").asString()).isEqualTo("09:00");
        assertThat(tuesday.path("to").asString()).isEqualTo("16:00");
        assertThat(tuesday.path("mode").asString()).isEqualTo("BY_APPOINTMENT");
        assertThat(view.path("hoursHistory").findValuesAsString("validFrom"))
                .containsExactly("2020-01-01", "2021-01-01", "2099-01-01");
        assertThat(storedEvents(OpeningHoursSet.class, office)).isEqualTo(3);
    }

    @Test
    void overlappingOrReversedSlotsAreRefusedNamingTheSlotAndRecordNothing() {
        String office = api.newOffice().officeId();
        long before = storedEvents();

        assertProblem(api.put("/api/offices/" + office + "/opening-hours", Map.of("validFrom", "2025-03-01", "slots",
                List.of(slot("MONDAY", "09:00", "11:00", "WALK_IN"), slot("MONDAY", "10:00", "12:00", "PHONE_LINE")))),
                400, InvalidOpeningHours.TYPE, "slots[1]");
        assertProblem(api.put("/api/offices/" + office + "/opening-hours", Map.of("validFrom", "2025-03-01", "slots",
                List.of(slot("MONDAY", "11:00", "09:00", "WALK_IN")))), 400, InvalidOpeningHours.TYPE, "slots[0].to");
        assertProblem(api.put("/api/offices/" + office + "/opening-hours", Map.of("validFrom", "2025-03-01", "slots",
                List.of(slot("MONDAY", "09:00", "11:00", "SOMETIMES")))), 400, "invalid-input", "slots[0].mode");
        assertProblem(api.put("/api/offices/" + office + "/opening-hours", Map.of("validFrom", "2025-03-01", "slots",
                List.of(slot("MONDAY", "9:00", "11:00:30", "WALK_IN")))), 400, "invalid-input", "slots[0].from");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void hoursAndClosuresOfAnOfficeNeverCreatedAreNotFound() {
        long before = storedEvents();

        assertProblem(api.put("/api/offices/nowhere-at-all/opening-hours", Map.of("validFrom", "2025-03-01",
                "slots", List.of())), 404, OfficeNotFound.TYPE, "officeId");
        assertProblem(api.post("/api/offices/nowhere-at-all/closures", Map.of("from", "2025-12-24", "to", "2025-12-26",
                "reason", "Natale")), 404, OfficeNotFound.TYPE, "officeId");
        assertProblem(api.get("/api/offices/nowhere-at-all"), 404, OfficeNotFound.TYPE, "officeId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void closureIsListedWithTheOfficeAndOneEndingBeforeItStartsIsRefused() {
        String office = api.newOffice().officeId();

        Response closure = created(api.post("/api/offices/" + office + "/closures",
                Map.of("from", "2025-12-24", "to", "2025-12-26", "reason", "Natale")));
        long before = storedEvents();
        Response reversed = api.post("/api/offices/" + office + "/closures",
                Map.of("from", "2025-12-26", "to", "2025-12-24", "reason", "Natale"));

        assertThat(closure.location()).endsWith("/api/offices/" + office);
        JsonNode closures = api.get("/api/offices/" + office).json().path("closures");
        assertThat(closures.path(0).path("from").asString()).isEqualTo("2025-12-24");
        assertThat(closures.path(0).path("to").asString()).isEqualTo("2025-12-26");
        assertProblem(reversed, 400, InvalidClosure.TYPE, "to");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void openHoursArePublicLocalAndLeaveClosuresOut() {
        String office = api.newOffice().officeId();
        // Corsico: walk-in Monday 9-11; phone line Mon/Wed 11:30-13, Tue/Thu 16-17:30.
        api.setHours(office, "2025-01-01", List.of(slot("MONDAY", "09:00", "11:00", "WALK_IN"),
                slot("MONDAY", "11:30", "13:00", "PHONE_LINE"), slot("WEDNESDAY", "11:30", "13:00", "PHONE_LINE"),
                slot("TUESDAY", "16:00", "17:30", "PHONE_LINE"), slot("THURSDAY", "16:00", "17:30", "PHONE_LINE")));
        api.close(office, "2025-03-05", "2025-03-06");

        Response response = api.get("/api/offices/" + office + "/open-hours?from=2025-03-03&to=2025-03-09");
        Response phoneOnly = api.get("/api/offices/" + office + "/open-hours?from=2025-03-03&to=2025-03-09&mode=PHONE_LINE");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode hours = response.json();
        assertThat(hours.path("officeId").asString()).isEqualTo(office);
        assertThat(hours.path("zone").asString()).isEqualTo("Europe/Rome");
        assertThat(hours.path("slots").findValuesAsString("date"))
                .containsExactly("2025-03-03", "2025-03-03", "2025-03-04");
        JsonNode first = hours.path("slots").path(0);
        assertThat(first.path("from").asString()).isEqualTo("09:00");
        assertThat(first.path("to").asString()).isEqualTo("11:00");
        assertThat(first.path("mode").asString()).isEqualTo("WALK_IN");
        assertThat(phoneOnly.json().path("slots").findValuesAsString("mode")).containsOnly("PHONE_LINE").hasSize(2);
    }

    @Test
    void openHoursOnTheDaysTheClocksChangeKeepTheLocalTimesSet() {
        String office = api.newOffice().officeId();
        api.setHours(office, "2025-01-01", List.of(slot("SUNDAY", "01:00", "04:00", "PHONE_LINE")));

        JsonNode march = api.get("/api/offices/" + office + "/open-hours?from=2025-03-30&to=2025-03-30").json();
        JsonNode october = api.get("/api/offices/" + office + "/open-hours?from=2025-10-26&to=2025-10-26").json();

        assertThat(march.path("slots").path(0).path("from").asString()).isEqualTo("01:00");
        assertThat(march.path("slots").path(0).path("to").asString()).isEqualTo("04:00");
        assertThat(october.path("slots").path(0).path("from").asString()).isEqualTo("01:00");
        assertThat(october.path("slots").path(0).path("to").asString()).isEqualTo("04:00");
    }

    @Test
    void openHoursRangeMustBeOrderedAndAtMostAYear() {
        String office = api.newOffice().officeId();

        assertThat(api.get("/api/offices/" + office + "/open-hours?from=2024-01-01&to=2024-12-31").status()).isEqualTo(200);
        assertProblem(api.get("/api/offices/" + office + "/open-hours?from=2024-01-01&to=2025-01-01"), 400,
                InvalidDateRange.TYPE, "to");
        assertProblem(api.get("/api/offices/" + office + "/open-hours?from=2025-03-09&to=2025-03-01"), 400,
                InvalidDateRange.TYPE, "to");
        assertProblem(api.get("/api/offices/" + office + "/open-hours?from=2025-13-01&to=2025-03-01"), 400,
                "invalid-input", "from");
        assertProblem(api.get("/api/offices/" + office + "/open-hours?from=2025-03-01&to=2025-03-02&mode=SOMETIMES"), 400,
                "invalid-input", "mode");
        assertProblem(api.get("/api/offices/nowhere-at-all/open-hours?from=2025-03-01&to=2025-03-02"), 404,
                OfficeNotFound.TYPE, "officeId");
    }

    @Test
    void managingTheRegistryNeedsAnAdministrator() {
        Place place = api.newOffice();
        String body = "{\"districtId\":\"" + uniqueSlug("d") + "\",\"name\":\"x\"}";
        String hours = "{\"validFrom\":\"2025-03-01\",\"slots\":[]}";
        String closure = "{\"from\":\"2025-12-24\",\"to\":\"2025-12-24\",\"reason\":\"Natale\"}";
        long before = storedEvents();

        assertProblem(api.send("POST", "/api/districts", body, null), 401, "unauthenticated");
        assertProblem(api.send("POST", "/api/districts", body, RegistryApi.OPERATOR), 403, "forbidden");
        assertProblem(api.send("POST", "/api/municipalities", body, RegistryApi.OPERATOR), 403, "forbidden");
        assertProblem(api.send("POST", "/api/offices", body, null), 401, "unauthenticated");
        assertProblem(api.send("POST", "/api/offices", body, RegistryApi.OPERATOR), 403, "forbidden");
        assertProblem(api.send("PUT", "/api/offices/" + place.officeId() + "/opening-hours", hours, null), 401,
                "unauthenticated");
        assertProblem(api.send("PUT", "/api/offices/" + place.officeId() + "/opening-hours", hours, RegistryApi.OPERATOR),
                403, "forbidden");
        assertProblem(api.send("POST", "/api/offices/" + place.officeId() + "/closures", closure, RegistryApi.OPERATOR),
                403, "forbidden");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
