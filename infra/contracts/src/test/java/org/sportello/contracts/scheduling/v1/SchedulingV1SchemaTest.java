package org.sportello.contracts.scheduling.v1;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.sportello.contracts.SchemaTests;
import tools.jackson.databind.node.ObjectNode;

class SchedulingV1SchemaTest extends SchemaTests {

    SchedulingV1SchemaTest() {
        super(SchedulingV1Contracts.V1);
    }

    @Override
    protected Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid(DistrictCreated.class, "a name instead of a slug", "districtId",
                        district -> district.put("districtId", "Est Milano")),
                invalid(DistrictCreated.class, "recordedBy left out instead of written as null", "recordedBy",
                        district -> district.remove("recordedBy")),
                invalid(MunicipalityCreated.class, "no district", "districtId",
                        municipality -> municipality.remove("districtId")),
                invalid(OfficeCreated.class, "an office name instead of its slug", "officeId",
                        office -> office.put("officeId", "Monza San Rocco")),
                invalid(OfficeCreated.class, "an unknown kind", "kind",
                        office -> office.put("kind", "HOSPITAL")),
                invalid(OfficeCreated.class, "partnerName left out instead of written as null", "partnerName",
                        office -> office.remove("partnerName")),
                invalid(OfficeCreated.class, "an empty address", "address",
                        office -> office.put("address", "")),
                invalid(OfficeCreated.class, "central as text", "central",
                        office -> office.put("central", "true")),
                invalid(OpeningHoursSet.class, "a date with a time", "validFrom",
                        hours -> hours.put("validFrom", "2025-02-03T00:00:00Z")),
                invalid(OpeningHoursSet.class, "a time without its seconds", "from",
                        hours -> slot(hours).put("from", "09:00")),
                invalid(OpeningHoursSet.class, "a time with an offset", "to",
                        hours -> slot(hours).put("to", "11:00:00+01:00")),
                invalid(OpeningHoursSet.class, "an hour past 23", "from",
                        hours -> slot(hours).put("from", "24:00:00")),
                invalid(OpeningHoursSet.class, "an abbreviated weekday", "dayOfWeek",
                        hours -> slot(hours).put("dayOfWeek", "MON")),
                invalid(OpeningHoursSet.class, "an unknown opening mode", "mode",
                        hours -> slot(hours).put("mode", "ONLINE")),
                invalid(ClosureScheduled.class, "a date in the Italian order", "from",
                        closure -> closure.put("from", "24/12/2025")),
                invalid(ClosureScheduled.class, "a date that does not exist", "to",
                        closure -> closure.put("to", "2025-02-30")),
                invalid(OperatorRegistered.class, "no role", "roles",
                        operator -> operator.putArray("roles")),
                invalid(OperatorRegistered.class, "no office", "offices",
                        operator -> operator.putArray("offices")),
                invalid(OperatorRegistered.class, "an office name instead of its slug", "offices",
                        operator -> operator.withArray("offices").add("Massa Centro")),
                invalid(OperatorRegistered.class, "an operator id longer than a token's sub", "operatorId",
                        operator -> operator.put("operatorId", "op-".repeat(22))),
                invalid(AppointmentRequested.class, "a fiscal code instead of the pseudonymous id", "citizenId",
                        request -> request.put("citizenId", "RSSMRA80A01F205X")),
                invalid(AppointmentRequested.class, "citizenId left out instead of written as null", "citizenId",
                        request -> request.remove("citizenId")),
                invalid(AppointmentRequested.class, "an unknown request channel", "requestedVia",
                        request -> request.put("requestedVia", "EMAIL")),
                invalid(AppointmentRequested.class, "no required role", "requiredRoles",
                        request -> request.putArray("requiredRoles")),
                invalid(AppointmentRequested.class, "a zero duration", "durationMinutes",
                        request -> request.put("durationMinutes", 0)),
                invalid(AppointmentRequested.class, "a duration as text", "durationMinutes",
                        request -> request.put("durationMinutes", "60")),
                invalid(WaitingListJoined.class, "a request id that is no UUID", "requestId",
                        joined -> joined.put("requestId", "REQ-2025-0042")),
                invalid(AppointmentBooked.class, "no operator", "operators",
                        booked -> booked.putArray("operators")),
                invalid(AppointmentBooked.class, "an unknown operator role", "role",
                        booked -> ((ObjectNode) booked.withArray("operators").get(0)).put("role", "DOCTOR")),
                invalid(AppointmentBooked.class, "a start with an offset instead of UTC", "start",
                        booked -> booked.put("start", "2025-03-18T09:30:00+01:00")),
                invalid(AppointmentRescheduled.class, "no end", "end",
                        rescheduled -> rescheduled.remove("end")),
                invalid(AppointmentCancelled.class, "an unknown canceller", "by",
                        cancelled -> cancelled.put("by", "OPERATOR")),
                invalid(AppointmentAttended.class, "a time as epoch seconds", "recordedAt",
                        attended -> attended.put("recordedAt", 1742290500L)),
                invalid(AppointmentMissed.class, "an empty recordedBy", "recordedBy",
                        missed -> missed.put("recordedBy", "")));
    }

    private static ObjectNode slot(ObjectNode openingHours) {
        return (ObjectNode) openingHours.withArray("slots").get(0);
    }
}
