package org.sportello.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.appointment.AppointmentsApi.id;
import static org.sportello.scheduling.appointment.AppointmentsApi.operatorAt;
import static org.sportello.scheduling.appointment.AppointmentsApi.requestOf;
import static org.sportello.scheduling.appointment.AppointmentsApi.today;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.scheduling.RunningScheduling;
import org.sportello.scheduling.time.OfficeTime;

import tools.jackson.databind.JsonNode;
import org.sportello.platform.time.BackdatedTooFar;
import org.sportello.platform.time.TimeOutOfOrder;
import org.sportello.platform.time.TimeInFuture;

/** Requests, proposals, bookings and their ends over HTTP, on the real office registry and staff register. */
class AppointmentsIT extends RunningScheduling {

    private AppointmentsApi api;
    @org.springframework.beans.factory.annotation.Autowired
    private org.axonframework.commandhandling.gateway.CommandGateway commandGateway;

    @BeforeEach
    void setUp() {
        api = new AppointmentsApi(port);
    }

    /** An office open all day, every day, with a social worker and an educator available all of it. */
    private record Office(String officeId, String socialWorker, String educator, String token) {
    }

    private Office openAllDay() {
        String office = api.officeOpenDaily("00:00", "23:59");
        String socialWorker = api.operator(office, "SOCIAL_WORKER", "00:00", "23:59", List.of());
        String educator = api.operator(office, "EDUCATOR", "00:00", "23:59", List.of());
        return new Office(office, socialWorker, educator, operatorAt(office));
    }

    @Test
    void requestIsAnsweredWithFreeSlotsThenBookedAndAttended() {
        Office office = openAllDay();

        Response requested = api.post("/api/appointment-requests",
                requestOf(office.officeId(), 15, "SOCIAL_WORKER", "EDUCATOR"), office.token());

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        UUID requestId = id(requested, "requestId");
        assertThat(requested.location()).endsWith("/api/appointment-requests/" + requestId);
        JsonNode proposals = requested.json().path("proposals");
        assertThat(proposals.size()).isEqualTo(5);
        JsonNode first = proposals.path(0);
        assertThat(Instant.parse(first.path("start").asString())).as("the first slot from the request's time on")
                .isEqualTo(AppointmentsApi.RECORDED_AT);
        assertThat(first.path("operators").values()).extracting(o -> o.path("role").asString())
                .containsExactly("SOCIAL_WORKER", "EDUCATOR");

        Response booked = api.book(requestId, first, office.token());

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        UUID appointmentId = id(booked, "appointmentId");
        assertThat(booked.location()).endsWith("/api/appointments/" + appointmentId);
        assertThat(storedEvents(AppointmentBooked.class, appointmentId)).isEqualTo(1);
        JsonNode appointment = api.get("/api/appointments/" + appointmentId, office.token()).json();
        assertThat(appointment.path("status").asString()).isEqualTo("BOOKED");
        assertThat(appointment.path("start").asString()).isEqualTo(first.path("start").asString());
        assertThat(appointment.path("requestedAt").isNull()).isFalse();
        assertThat(api.get("/api/appointment-requests/" + requestId, office.token()).json().path("status").asString())
                .isEqualTo("BOOKED");

        Instant start = Instant.parse(first.path("start").asString());
        LocalDate day = start.atZone(OfficeTime.ZONE).toLocalDate();
        JsonNode dayList = api.get("/api/offices/" + office.officeId() + "/appointments?date=" + day, office.token()).json();
        assertThat(dayList.path("appointments").values()).extracting(a -> a.path("appointmentId").asString())
                .contains(appointmentId.toString());

        Response attended = api.post("/api/appointments/" + appointmentId + "/attended", null, office.token());

        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        assertThat(attended.json().path("status").asString()).isEqualTo("ATTENDED");
        assertThat(attended.json().path("outcome").asString()).isEqualTo("ATTENDED");
        assertThat(attended.json().path("waitDays").asLong()).isZero();
        assertProblem(api.post("/api/appointments/" + appointmentId + "/no-show", null, office.token()),
                409, AppointmentNotBooked.TYPE);
        assertProblem(api.post("/api/appointments/" + appointmentId + "/cancel", Map.of("by", "OFFICE"), office.token()),
                409, AppointmentNotBooked.TYPE);
    }

    @Test
    void aSlotTakenMeanwhileIsA409AndLeavesNothing() {
        Office office = openAllDay();
        Response one = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"), office.token());
        Response other = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"), office.token());
        JsonNode proposal = one.json().path("proposals").path(0);
        assertThat(other.json().path("proposals").path(0)).isEqualTo(proposal);
        assertThat(api.book(id(one, "requestId"), proposal, office.token()).status()).isEqualTo(201);
        long events = storedEvents();

        Response refused = api.book(id(other, "requestId"), proposal, office.token());

        assertProblem(refused, 409, SlotTaken.TYPE, "start");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(api.get("/api/appointment-requests/" + id(other, "requestId"), office.token()).json()
                .path("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void twoBookingsRacingForOneOperatorAndSlotGetExactlyOne201() throws Exception {
        Office office = openAllDay();
        UUID first = id(api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token()), "requestId");
        Response second = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        JsonNode proposal = second.json().path("proposals").path(0);
        List<UUID> requests = List.of(first, id(second, "requestId"));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Response> answers = concurrently(2, () -> api.book(requests.get(next.getAndIncrement()), proposal,
                office.token()));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.sql("SELECT count(*) FROM operator_booking WHERE operator_id = ? AND lower(during) = ?")
                .params(office.socialWorker(), java.sql.Timestamp.from(Instant.parse(proposal.path("start").asString())))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void manyBookingsRacingForOneSlotGetOne201AndOtherwiseOnly409s() throws Exception {
        // Eight at once: every loser hears 409, whichever way PostgreSQL refuses its claim (an exclusion
        // violation, or now and then a deadlock inside the exclusion check, which the booking benchmark
        // first showed as 500s), and only one books.
        Office office = openAllDay();
        int racers = 8;
        List<UUID> requests = new java.util.ArrayList<>();
        JsonNode proposal = null;
        for (int i = 0; i < racers; i++) {
            Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                    office.token());
            requests.add(id(requested, "requestId"));
            proposal = requested.json().path("proposals").path(0);
        }
        JsonNode slot = proposal;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Response> answers = concurrently(racers, () -> api.book(requests.get(next.getAndIncrement()), slot,
                office.token()));

        assertThat(answers).extracting(Response::status).as(answers.toString())
                .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void rescheduleMovesTheAppointmentAndFreesTheOldSlot() {
        Office office = openAllDay();
        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        JsonNode proposals = requested.json().path("proposals");
        UUID appointmentId = id(api.book(id(requested, "requestId"), proposals.path(0), office.token()), "appointmentId");
        JsonNode later = proposals.path(2);

        Response moved = api.post("/api/appointments/" + appointmentId + "/reschedule",
                Map.of("start", later.path("start").asString(), "operators", List.of(Map.of(
                        "operatorId", office.socialWorker(), "role", "SOCIAL_WORKER"))), office.token());

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("start").asString()).isEqualTo(later.path("start").asString());
        assertThat(storedEvents(AppointmentRescheduled.class, appointmentId)).isEqualTo(1);
        Response again = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        assertThat(again.json().path("proposals").path(0).path("start").asString())
                .isEqualTo(proposals.path(0).path("start").asString());
    }

    @Test
    void cancelFreesTheSlotAndTheWaitingListIsOfferedItInOrder() {
        // One hour a day for appointments, and the only social worker there only the day after tomorrow: one
        // slot in the horizon, a day ahead at least whatever the hour (offers are made only of what is still
        // ahead). The requests are recorded as made yesterday morning, one minute apart, in that order.
        LocalDate today = today();
        LocalDate only = today.plusDays(2);
        String officeId = api.officeOpenDaily("10:00", "11:00");
        String socialWorker = api.operator(officeId, "SOCIAL_WORKER", "09:00", "12:00", List.of(
                Map.of("from", today.minusDays(3).toString(), "to", only.minusDays(1).toString()),
                Map.of("from", only.plusDays(1).toString(), "to", only.plusDays(400).toString())));
        String token = operatorAt(officeId);
        Map<String, Object> firstRequest = requestOf(officeId, 60, "SOCIAL_WORKER");
        firstRequest.put("requestedAt", AppointmentsApi.at(today.minusDays(1), 8, 0).toString());
        Response first = api.post("/api/appointment-requests", firstRequest, token);
        assertThat(first.json().path("proposals").size()).as(first.body()).isEqualTo(1);
        assertThat(first.json().path("proposals").path(0).path("start").asString())
                .isEqualTo(AppointmentsApi.at(only, 10, 0).toString());
        UUID appointmentId = id(api.book(id(first, "requestId"), first.json().path("proposals").path(0), token),
                "appointmentId");

        Map<String, Object> waitingRequest = requestOf(officeId, 60, "SOCIAL_WORKER");
        waitingRequest.put("requestedAt", AppointmentsApi.at(today.minusDays(1), 8, 1).toString());
        Map<String, Object> waitingTooRequest = requestOf(officeId, 30, "SOCIAL_WORKER");
        waitingTooRequest.put("requestedAt", AppointmentsApi.at(today.minusDays(1), 8, 2).toString());
        Response waitingToo = api.post("/api/appointment-requests", waitingTooRequest, token);
        Response waiting = api.post("/api/appointment-requests", waitingRequest, token);

        assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
        assertThat(waiting.json().path("waitingListPosition").asInt()).as("recorded second, requested first").isEqualTo(1);
        assertThat(api.get("/api/appointment-requests/" + id(waitingToo, "requestId"), token).json()
                .path("waitingListPosition").asInt()).isEqualTo(2);
        UUID waitingId = id(waiting, "requestId");
        assertThat(storedEvents(WaitingListJoined.class, waitingId)).isEqualTo(1);

        Response cancelled = api.post("/api/appointments/" + appointmentId + "/cancel",
                Map.of("by", "CITIZEN", "reason", "Ha trovato lavoro, non può venire"), token);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelledBy").asString()).isEqualTo("CITIZEN");
        JsonNode list = api.get("/api/offices/" + officeId + "/waiting-list", token).json().path("entries");
        assertThat(list.values()).extracting(e -> e.path("requestId").asString())
                .containsExactly(waitingId.toString(), id(waitingToo, "requestId").toString());
        JsonNode offer = list.path(0).path("offer");
        assertThat(offer.path("start").asString()).isEqualTo(first.json().path("proposals").path(0).path("start").asString());
        assertThat(offer.path("operators").path(0).path("operatorId").asString()).isEqualTo(socialWorker);
        assertThat(list.path(1).path("offer").isNull()).as("one freed slot, one offer").isTrue();

        Map<String, Object> booking = new HashMap<>();
        booking.put("requestId", waitingId.toString());
        booking.put("start", offer.path("start").asString());
        booking.put("operators", List.of(Map.of("operatorId", socialWorker, "role", "SOCIAL_WORKER")));
        Response bookedOffer = api.post("/api/appointments", booking, token);

        assertThat(bookedOffer.status()).as(bookedOffer.body()).isEqualTo(201);
        assertThat(api.get("/api/offices/" + officeId + "/waiting-list", token).json().path("entries").values())
                .extracting(e -> e.path("requestId").asString()).containsExactly(id(waitingToo, "requestId").toString());
        assertThat(api.get("/api/appointment-requests/" + id(waitingToo, "requestId"), token).json()
                .path("waitingListPosition").asInt()).isEqualTo(1);
    }

    @Test
    void anOutcomeBeforeTheAppointmentsDayIsRefused() {
        Office office = openAllDay();
        Map<String, Object> now = requestOf(office.officeId(), 15, "SOCIAL_WORKER");
        now.remove("requestedAt");
        UUID requestId = id(api.post("/api/appointment-requests", now, office.token()), "requestId");
        // Two days ahead: more than a day away at whatever hour the test runs.
        Instant tomorrow = AppointmentsApi.at(today().plusDays(2), 10, 0);
        Response booked = api.post("/api/appointments", Map.of("requestId", requestId.toString(), "start",
                tomorrow.toString(), "operators", List.of(Map.of("operatorId", office.socialWorker(), "role",
                        "SOCIAL_WORKER"))), office.token());
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        long events = storedEvents();

        assertProblem(api.post("/api/appointments/" + id(booked, "appointmentId") + "/attended", null, office.token()),
                409, OutcomeTooEarly.TYPE);
        assertProblem(api.post("/api/appointments/" + id(booked, "appointmentId") + "/no-show", null, office.token()),
                409, OutcomeTooEarly.TYPE);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void anAnonymousCallersNumberIsShownToStaffAndErasedWhenTheRequestIsOver() {
        Office office = openAllDay();
        Map<String, Object> body = requestOf(office.officeId(), 15, "SOCIAL_WORKER");
        body.remove("citizenId");
        body.put("callbackPhone", "+39 333 1234567");
        body.put("requestedVia", "PHONE_LINE");
        Response requested = api.post("/api/appointment-requests", body, office.token());
        UUID requestId = id(requested, "requestId");
        assertThat(api.get("/api/appointment-requests/" + requestId, office.token()).json().path("callbackPhone")
                .asString()).isEqualTo("+39 333 1234567");
        assertThat(readsOf(requestId)).as("the number shown, logged with who read it")
                .containsExactly("operator-1 / " + PersonalDataShown.CALLBACK_PHONE);
        UUID appointmentId = id(api.book(requestId, requested.json().path("proposals").path(0), office.token()),
                "appointmentId");

        api.post("/api/appointments/" + appointmentId + "/no-show", null, office.token());

        JsonNode request = api.get("/api/appointment-requests/" + requestId, office.token()).json();
        assertThat(request.path("callbackPhone").isNull()).isTrue();
        assertThat(request.path("callbackPhoneErased").asBoolean()).isTrue();
        assertThat(readsOf(requestId)).as("an erased number shows nothing to log").hasSize(1);
        assertThat(storedEvents(CallbackPhoneErased.class, appointmentId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?").param(requestId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aWaitingRequestIsWithdrawnLeavesTheListForTheOthersToMoveUpAndItsNumberIsErased() {
        // No social worker available within any horizon: every request waits.
        LocalDate today = today();
        String officeId = api.officeOpenDaily("10:00", "11:00");
        api.operator(officeId, "SOCIAL_WORKER", "09:00", "12:00", List.of(
                Map.of("from", AppointmentsApi.RECORDED_DAY.minusDays(3).toString(), "to", today.plusDays(400).toString())));
        String token = operatorAt(officeId);
        Map<String, Object> anonymous = requestOf(officeId, 60, "SOCIAL_WORKER");
        anonymous.remove("citizenId");
        anonymous.put("callbackPhone", "+39 333 7654321");
        anonymous.put("requestedVia", "PHONE_LINE");
        Response first = api.post("/api/appointment-requests", anonymous, token);
        Map<String, Object> secondRequest = requestOf(officeId, 60, "SOCIAL_WORKER");
        secondRequest.put("requestedAt", AppointmentsApi.RECORDED_AT.plusSeconds(60).toString());
        Response second = api.post("/api/appointment-requests", secondRequest, token);
        Map<String, Object> thirdRequest = requestOf(officeId, 30, "SOCIAL_WORKER");
        thirdRequest.put("requestedAt", AppointmentsApi.RECORDED_AT.plusSeconds(120).toString());
        Response third = api.post("/api/appointment-requests", thirdRequest, token);
        assertThat(List.of(first.status(), second.status(), third.status())).as(first.body()).containsOnly(202);
        UUID firstId = id(first, "requestId");
        assertThat(first.json().path("waitingListPosition").asInt()).isEqualTo(1);

        Instant withdrawnAt = AppointmentsApi.RECORDED_AT.plusSeconds(3600);
        Response withdrawn = api.post("/api/appointment-requests/" + firstId + "/withdraw",
                Map.of("by", "CITIZEN", "withdrawnAt", withdrawnAt.toString()), token);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("waitingListPosition").isNull()).isTrue();
        assertThat(withdrawn.json().path("callbackPhone").isNull()).isTrue();
        assertThat(withdrawn.json().path("callbackPhoneErased").asBoolean()).isTrue();
        JsonNode list = api.get("/api/offices/" + officeId + "/waiting-list", token).json().path("entries");
        assertThat(list.values()).extracting(e -> e.path("requestId").asString())
                .containsExactly(id(second, "requestId").toString(), id(third, "requestId").toString());
        assertThat(list.values()).extracting(e -> e.path("position").asInt()).containsExactly(1, 2);
        assertThat(api.get("/api/appointment-requests/" + id(second, "requestId"), token).json()
                .path("waitingListPosition").asInt()).isEqualTo(1);
        assertThat(api.get("/api/appointment-requests/" + firstId, token).json().path("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(storedEvents(RequestWithdrawn.class, firstId)).isEqualTo(1);
        assertThat(storedEvents(CallbackPhoneErased.class, firstId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?").param(firstId)
                .query(Boolean.class).single()).isTrue();
        long events = storedEvents();

        assertProblem(api.post("/api/appointment-requests/" + firstId + "/withdraw", Map.of("by", "OFFICE"), token),
                409, RequestAlreadyWithdrawn.TYPE, "requestId");
        assertProblem(api.post("/api/appointments", Map.of("requestId", firstId.toString(), "start",
                AppointmentsApi.at(today.plusDays(2), 10, 0).toString(), "operators",
                List.of(Map.of("operatorId", "anyone", "role", "SOCIAL_WORKER"))), token),
                409, RequestAlreadyWithdrawn.TYPE, "requestId");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aBookedRequestIsNotWithdrawnButItsAppointmentCancelled() {
        Office office = openAllDay();
        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        UUID requestId = id(requested, "requestId");
        assertThat(api.book(requestId, requested.json().path("proposals").path(0), office.token()).status()).isEqualTo(201);
        long events = storedEvents();

        assertProblem(api.post("/api/appointment-requests/" + requestId + "/withdraw", Map.of("by", "CITIZEN"),
                office.token()), 409, RequestAlreadyBooked.TYPE, "requestId");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(api.get("/api/appointment-requests/" + requestId, office.token()).json().path("status").asString())
                .isEqualTo("BOOKED");
    }

    @Test
    void anOperatorSeesAndBooksOnlyAtItsOwnOfficesAndOthersLookAbsent() {
        Office mine = openAllDay();
        Office theirs = openAllDay();
        Response requested = api.post("/api/appointment-requests", requestOf(theirs.officeId(), 15, "SOCIAL_WORKER"),
                theirs.token());
        UUID requestId = id(requested, "requestId");
        UUID appointmentId = id(api.book(requestId, requested.json().path("proposals").path(0), theirs.token()),
                "appointmentId");
        String me = mine.token();

        assertProblem(api.get("/api/appointments/" + appointmentId, me), 404, AppointmentNotFound.TYPE);
        assertProblem(api.get("/api/appointments/" + UUID.randomUUID(), me), 404, AppointmentNotFound.TYPE);
        assertProblem(api.post("/api/appointments/" + appointmentId + "/cancel", Map.of("by", "OFFICE"), me),
                404, AppointmentNotFound.TYPE);
        assertProblem(api.get("/api/appointment-requests/" + requestId, me), 404, RequestNotFound.TYPE);
        assertProblem(api.get("/api/offices/" + theirs.officeId() + "/waiting-list", me), 404, "office-not-found");
        assertProblem(api.get("/api/offices/" + theirs.officeId() + "/appointments?date=" + today(), me), 404,
                "office-not-found");
        assertProblem(api.get("/api/offices/no-such-office/waiting-list", me), 404, "office-not-found");
        long events = storedEvents();
        assertProblem(api.post("/api/appointment-requests", requestOf(theirs.officeId(), 15, "SOCIAL_WORKER"), me),
                422, "unknown-office", "officeId");
        assertProblem(api.post("/api/appointments", Map.of("requestId", requestId.toString(), "start",
                requested.json().path("proposals").path(1).path("start").asString(), "operators",
                List.of(Map.of("operatorId", theirs.socialWorker(), "role", "SOCIAL_WORKER"))), me), 404,
                RequestNotFound.TYPE);
        Response theirProposed = api.post("/api/appointment-requests", requestOf(theirs.officeId(), 15, "SOCIAL_WORKER"),
                theirs.token());
        events = storedEvents();
        assertProblem(api.post("/api/appointment-requests/" + id(theirProposed, "requestId") + "/withdraw",
                Map.of("by", "OFFICE"), me), 404, RequestNotFound.TYPE);
        assertProblem(api.post("/api/appointment-requests/" + UUID.randomUUID() + "/withdraw", Map.of("by", "OFFICE"), me),
                404, RequestNotFound.TYPE);
        assertThat(storedEvents()).isEqualTo(events);
        Response byAdmin = api.post("/api/appointment-requests/" + id(theirProposed, "requestId") + "/withdraw",
                Map.of("by", "OFFICE"), RegistryApi.ADMIN);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.json().path("status").asString()).isEqualTo("WITHDRAWN");

        assertThat(api.get("/api/appointments/" + appointmentId, RegistryApi.ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/offices/" + theirs.officeId() + "/waiting-list", RegistryApi.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void badInputIsAProblemNamingTheFieldWithNothingStored() {
        Office office = openAllDay();
        long events = storedEvents();

        Map<String, Object> both = requestOf(office.officeId(), 15, "SOCIAL_WORKER");
        both.put("callbackPhone", "+39 333 1234567");
        assertProblem(api.post("/api/appointment-requests", both, office.token()), 400, CitizenOrCallbackPhone.TYPE,
                "citizenId");
        Map<String, Object> neither = requestOf(office.officeId(), 15, "SOCIAL_WORKER");
        neither.remove("citizenId");
        assertProblem(api.post("/api/appointment-requests", neither, office.token()), 400, CitizenOrCallbackPhone.TYPE,
                "citizenId");
        assertProblem(api.post("/api/appointment-requests", requestOf(office.officeId(), 0, "SOCIAL_WORKER"),
                office.token()), 400, "invalid-input", "durationMinutes");
        assertProblem(api.post("/api/appointment-requests", requestOf(office.officeId(), 15), office.token()), 400,
                "invalid-input", "requiredRoles");
        assertProblem(api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER",
                "SOCIAL_WORKER"), office.token()), 400, "invalid-input", "requiredRoles");
        Map<String, Object> badPhone = new HashMap<>(neither);
        badPhone.put("callbackPhone", "call me maybe");
        assertProblem(api.post("/api/appointment-requests", badPhone, office.token()), 400, "invalid-input",
                "callbackPhone");

        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        UUID requestId = id(requested, "requestId");
        JsonNode proposal = requested.json().path("proposals").path(0);
        long afterRequest = storedEvents();
        assertProblem(api.post("/api/appointments", Map.of("requestId", requestId.toString(), "start",
                proposal.path("start").asString(), "operators", List.of(Map.of("operatorId", office.educator(),
                        "role", "SOCIAL_WORKER"))), office.token()), 422, OperatorsDoNotMatchRoles.TYPE, "operators");
        assertProblem(api.post("/api/appointments", Map.of("requestId", requestId.toString(), "start",
                "2020-01-01T09:00:00Z", "operators", List.of(Map.of("operatorId", office.socialWorker(),
                        "role", "SOCIAL_WORKER"))), office.token()), 409, SlotUnavailable.TYPE, "start");
        assertProblem(api.post("/api/appointments", Map.of("requestId", requestId.toString(), "operators",
                List.of(Map.of("operatorId", office.socialWorker(), "role", "SOCIAL_WORKER"))), office.token()),
                400, "invalid-input", "start");
        String withdraw = "/api/appointment-requests/" + requestId + "/withdraw";
        assertProblem(api.post(withdraw, Map.of(), office.token()), 400, "invalid-input", "by");
        assertProblem(api.post(withdraw, Map.of("by", "NOBODY"), office.token()), 400, "invalid-input", "by");
        assertProblem(api.post(withdraw, Map.of("by", "CITIZEN", "withdrawnAt", "yesterday"), office.token()), 400,
                "invalid-input", "withdrawnAt");
        assertProblem(api.post(withdraw, Map.of("by", "CITIZEN", "withdrawnAt",
                Instant.now().plusSeconds(3600).toString()), office.token()), 422, TimeInFuture.TYPE, "withdrawnAt");
        assertProblem(api.post(withdraw, Map.of("by", "CITIZEN", "withdrawnAt",
                AppointmentsApi.RECORDED_AT.minusSeconds(1).toString()), office.token()), 422, TimeOutOfOrder.TYPE,
                "withdrawnAt");
        assertThat(storedEvents()).isEqualTo(afterRequest);
        assertThat(afterRequest).isEqualTo(events + 1);
        assertThat(api.get("/api/appointment-requests/" + requestId, office.token()).json().path("status").asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void aRequestRecordedAMonthLateIsProposedTheSlotsOfThenBookedAndAttendedWithItsWait() {
        // Open 09:00-11:00 every day; the social worker is away the request's day and the two after it.
        String officeId = api.officeOpenDaily("09:00", "11:00");
        LocalDate asked = AppointmentsApi.RECORDED_DAY;
        String socialWorker = api.operator(officeId, "SOCIAL_WORKER", "09:00", "11:00", List.of(
                Map.of("from", asked.toString(), "to", asked.plusDays(2).toString())));
        String token = operatorAt(officeId);

        Response requested = api.post("/api/appointment-requests", requestOf(officeId, 60, "SOCIAL_WORKER"), token);

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        UUID requestId = id(requested, "requestId");
        JsonNode first = requested.json().path("proposals").path(0);
        Instant interview = AppointmentsApi.at(asked.plusDays(3), 9, 0);
        assertThat(first.path("start").asString()).isEqualTo(interview.toString());
        assertThat(first.path("operators").path(0).path("operatorId").asString()).isEqualTo(socialWorker);
        assertThat(api.get("/api/appointment-requests/" + requestId, token).json().path("requestedAt").asString())
                .isEqualTo(AppointmentsApi.RECORDED_AT.toString());

        Instant bookedAt = AppointmentsApi.RECORDED_AT.plusSeconds(600);
        Map<String, Object> booking = new HashMap<>();
        booking.put("requestId", requestId.toString());
        booking.put("start", first.path("start").asString());
        booking.put("operators", List.of(Map.of("operatorId", socialWorker, "role", "SOCIAL_WORKER")));
        booking.put("bookedAt", bookedAt.toString());
        Response booked = api.post("/api/appointments", booking, token);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        UUID appointmentId = id(booked, "appointmentId");

        Instant noted = interview.plusSeconds(2 * 3600);
        Response attended = api.post("/api/appointments/" + appointmentId + "/attended",
                Map.of("recordedAt", noted.toString()), token);

        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        JsonNode appointment = api.get("/api/appointments/" + appointmentId, token).json();
        assertThat(appointment.path("status").asString()).isEqualTo("ATTENDED");
        assertThat(appointment.path("requestedAt").asString()).isEqualTo(AppointmentsApi.RECORDED_AT.toString());
        assertThat(appointment.path("bookedAt").asString()).isEqualTo(bookedAt.toString());
        assertThat(appointment.path("endedAt").asString()).isEqualTo(noted.toString());
        assertThat(appointment.path("waitDays").asLong()).isEqualTo(3);
        assertThat(storedEvents(AppointmentAttended.class, appointmentId)).isEqualTo(1);
    }

    @Test
    void timesInTheFutureBeforeWhatTheyFollowOrTooFarBackAreRefusedNamingTheFieldWithNothingStored() {
        Office office = openAllDay();
        long events = storedEvents();

        Map<String, Object> ahead = requestOf(office.officeId(), 15, "SOCIAL_WORKER");
        ahead.put("requestedAt", Instant.now().plusSeconds(3600).toString());
        assertProblem(api.post("/api/appointment-requests", ahead, office.token()), 422, TimeInFuture.TYPE,
                "requestedAt");
        Map<String, Object> ancient = requestOf(office.officeId(), 15, "SOCIAL_WORKER");
        ancient.put("requestedAt", Instant.now().minus(java.time.Duration.ofDays(401)).toString());
        assertProblem(api.post("/api/appointment-requests", ancient, office.token()), 422, BackdatedTooFar.TYPE,
                "requestedAt");
        ancient.put("requestedAt", "1025-01-01T09:00:00Z");
        assertProblem(api.post("/api/appointment-requests", ancient, office.token()), 422, BackdatedTooFar.TYPE,
                "requestedAt");
        assertThat(storedEvents()).isEqualTo(events);

        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        UUID requestId = id(requested, "requestId");
        JsonNode proposal = requested.json().path("proposals").path(0);
        Map<String, Object> booking = new HashMap<>();
        booking.put("requestId", requestId.toString());
        booking.put("start", proposal.path("start").asString());
        booking.put("operators", List.of(Map.of("operatorId", office.socialWorker(), "role", "SOCIAL_WORKER")));
        long afterRequest = storedEvents();
        booking.put("bookedAt", Instant.now().plusSeconds(3600).toString());
        assertProblem(api.post("/api/appointments", booking, office.token()), 422, TimeInFuture.TYPE, "bookedAt");
        booking.put("bookedAt", AppointmentsApi.RECORDED_AT.minusSeconds(1).toString());
        assertProblem(api.post("/api/appointments", booking, office.token()), 422, TimeOutOfOrder.TYPE, "bookedAt");
        assertThat(storedEvents()).isEqualTo(afterRequest);
        assertThat(jdbc.sql("SELECT count(*) FROM operator_booking WHERE operator_id = ?").param(office.socialWorker())
                .query(Long.class).single()).isZero();

        booking.put("bookedAt", AppointmentsApi.RECORDED_AT.plusSeconds(60).toString());
        UUID appointmentId = id(api.post("/api/appointments", booking, office.token()), "appointmentId");
        long afterBooking = storedEvents();
        String base = "/api/appointments/" + appointmentId;
        String inAnHour = Instant.now().plusSeconds(3600).toString();
        String beforeBooking = AppointmentsApi.RECORDED_AT.toString();
        assertProblem(api.post(base + "/cancel", Map.of("by", "OFFICE", "cancelledAt", inAnHour), office.token()),
                422, TimeInFuture.TYPE, "cancelledAt");
        assertProblem(api.post(base + "/cancel", Map.of("by", "OFFICE", "cancelledAt", beforeBooking), office.token()),
                422, TimeOutOfOrder.TYPE, "cancelledAt");
        Map<String, Object> move = new HashMap<>();
        move.put("start", requested.json().path("proposals").path(1).path("start").asString());
        move.put("operators", List.of(Map.of("operatorId", office.socialWorker(), "role", "SOCIAL_WORKER")));
        move.put("rescheduledAt", inAnHour);
        assertProblem(api.post(base + "/reschedule", move, office.token()), 422, TimeInFuture.TYPE, "rescheduledAt");
        move.put("rescheduledAt", beforeBooking);
        assertProblem(api.post(base + "/reschedule", move, office.token()), 422, TimeOutOfOrder.TYPE, "rescheduledAt");
        assertProblem(api.post(base + "/attended", Map.of("recordedAt", inAnHour), office.token()), 422,
                TimeInFuture.TYPE, "recordedAt");
        assertProblem(api.post(base + "/no-show", Map.of("recordedAt",
                        AppointmentsApi.at(AppointmentsApi.RECORDED_DAY.minusDays(1), 12, 0).toString()), office.token()),
                409, OutcomeTooEarly.TYPE);
        assertThat(storedEvents()).isEqualTo(afterBooking);
        assertThat(api.get(base, office.token()).json().path("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void aCancellationsReasonIsReadByStaffNeverPublishedAndReadsErasedOnceItsKeyIsShredded() {
        Office office = openAllDay();
        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        UUID appointmentId = id(api.book(id(requested, "requestId"), requested.json().path("proposals").path(0),
                office.token()), "appointmentId");

        Response cancelled = api.post("/api/appointments/" + appointmentId + "/cancel",
                Map.of("by", "CITIZEN", "reason", "ricoverata in ospedale"), office.token());

        assertThat(cancelled.json().path("cancelReason").asString()).isEqualTo("ricoverata in ospedale");
        assertThat(cancelled.json().path("cancelReasonErased").asBoolean()).isFalse();
        LocalDate day = Instant.parse(cancelled.json().path("start").asString()).atZone(OfficeTime.ZONE).toLocalDate();
        api.get("/api/offices/" + office.officeId() + "/appointments?date=" + day, office.token());
        assertThat(readsOf(appointmentId)).as("each answer that showed the reason, logged with who read it")
                .containsExactly("operator-1 / " + PersonalDataShown.CANCEL_REASON,
                        "operator-1 / " + PersonalDataShown.CANCEL_REASON);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND convert_from(payload, 'UTF8') LIKE '%ospedale%'").param(appointmentId.toString())
                .query(Long.class).single()).as("sealed in the event store").isZero();

        commandGateway.sendAndWait(new EraseCancelReason(new AppointmentId(appointmentId), "retention: test",
                Instant.now()));

        JsonNode after = api.get("/api/appointments/" + appointmentId, office.token()).json();
        assertThat(after.path("cancelReason").asString()).isEqualTo("[erased]");
        assertThat(after.path("cancelReasonErased").asBoolean()).isTrue();
        assertThat(after.path("cancelledBy").asString()).isEqualTo("CITIZEN");
        api.get("/api/offices/" + office.officeId() + "/appointments?date=" + day, office.token());
        assertThat(readsOf(appointmentId)).as("an erased reason shows nothing to log").hasSize(2);
        assertThat(storedEvents(CancelReasonErased.class, appointmentId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?").param(appointmentId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAppointmentWithoutACancelReasonIsReadWithoutALoggedRead() {
        Office office = openAllDay();
        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        UUID appointmentId = id(api.book(id(requested, "requestId"), requested.json().path("proposals").path(0),
                office.token()), "appointmentId");

        api.post("/api/appointments/" + appointmentId + "/cancel", Map.of("by", "OFFICE"), office.token());
        api.get("/api/appointments/" + appointmentId, office.token());

        assertThat(readsOf(appointmentId)).isEmpty();
        assertThat(readsOf(id(requested, "requestId"))).as("a citizen's request holds no number").isEmpty();
    }

    @Test
    void anOperatorWhoseNameWasErasedIsStillProposedAndBooked() {
        Office office = openAllDay();
        Response erased = api.registry.post("/api/operators/" + office.socialWorker() + "/erasure",
                Map.of("ground", "CONSENT_WITHDRAWN", "reference", "Prot. 2026/7"));
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);

        Response requested = api.post("/api/appointment-requests", requestOf(office.officeId(), 15, "SOCIAL_WORKER"),
                office.token());
        JsonNode proposal = requested.json().path("proposals").path(0);
        assertThat(proposal.path("operators").path(0).path("operatorId").asString()).isEqualTo(office.socialWorker());

        Response booked = api.book(id(requested, "requestId"), proposal, office.token());

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }

    private List<String> readsOf(UUID subject) {
        return jdbc.sql("SELECT operator_id || ' / ' || what FROM personal_data_read WHERE subject_id = ? ORDER BY id")
                .param(subject).query(String.class).list();
    }
}
