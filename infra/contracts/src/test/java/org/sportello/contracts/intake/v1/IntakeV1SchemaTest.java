package org.sportello.contracts.intake.v1;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.sportello.contracts.SchemaTests;
import tools.jackson.databind.node.ObjectNode;

class IntakeV1SchemaTest extends SchemaTests {

    IntakeV1SchemaTest() {
        super(IntakeV1Contracts.V1);
    }

    @Override
    protected Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid(ContactRecorded.class, "an unknown outcome code", "outcomes",
                        contact -> contact.withArray("outcomes").add("CARE_OR_CONTROL")),
                invalid(ContactRecorded.class, "no occurredAt", "occurredAt",
                        contact -> contact.remove("occurredAt")),
                invalid(ContactRecorded.class, "citizenId left out instead of written as null", "citizenId",
                        contact -> contact.remove("citizenId")),
                invalid(ContactRecorded.class, "no operator", "operators",
                        contact -> contact.putArray("operators")),
                invalid(ContactRecorded.class, "no outcome", "outcomes",
                        contact -> contact.putArray("outcomes")),
                invalid(ContactRecorded.class, "the same outcome twice", "outcomes",
                        contact -> contact.withArray("outcomes").add(contact.withArray("outcomes").get(0).deepCopy())),
                invalid(ContactRecorded.class, "a need without a category", "categories",
                        contact -> ((ObjectNode) contact.withArray("needs").get(0)).putArray("categories")),
                invalid(ContactRecorded.class, "an unknown operator role", "role",
                        contact -> ((ObjectNode) contact.withArray("operators").get(0)).put("role", "DOCTOR")),
                invalid(ContactRecorded.class, "a time with an offset instead of UTC", "occurredAt",
                        contact -> contact.put("occurredAt", "2025-03-12T10:40:00+01:00")),
                invalid(ContactRecorded.class, "an appointment id that is no UUID", "appointmentId",
                        contact -> contact.put("appointmentId", "APP-2025-0042")),
                invalid(CaseOpened.class, "an office name instead of its slug", "officeId",
                        opened -> opened.put("officeId", "Monza San Rocco")),
                invalid(CitizenRegistered.class, "a fiscal code instead of the pseudonymous id", "citizenId",
                        registered -> registered.put("citizenId", "RSSMRA80A01F205X")),
                invalid(CitizenRegistered.class, "a time as epoch seconds", "registeredAt",
                        registered -> registered.put("registeredAt", 1740989700L)),
                invalid(CitizenRegistered.class, "the date of birth instead of its year", "birthYear",
                        registered -> registered.put("birthYear", "1980-03-14")),
                invalid(CitizenRegistered.class, "a two-digit year, as the fiscal code writes it", "birthYear",
                        registered -> registered.put("birthYear", 80)),
                invalid(CitizenRegistered.class, "a sex outside the civil registry's codes", "sex",
                        registered -> registered.put("sex", "FEMALE")),
                invalid(CaseTakenInCharge.class, "an empty operator id", "operatorId",
                        taken -> taken.put("operatorId", "")),
                invalid(CaseClosed.class, "an unknown closure reason", "reason",
                        closed -> closed.put("reason", "SEE_NOTES")),
                invalid(CaseClosed.class, "a case id that is no UUID", "caseId",
                        closed -> closed.put("caseId", "CASE-2025-0042")),
                invalid(CitizenErased.class, "a fiscal code instead of the pseudonymous id", "citizenId",
                        erased -> erased.put("citizenId", "RSSMRA80A01F205X")),
                invalid(CitizenErased.class, "no erasedAt", "erasedAt",
                        erased -> erased.remove("erasedAt")),
                invalid(CitizenErased.class, "a time with an offset instead of UTC", "erasedAt",
                        erased -> erased.put("erasedAt", "2025-11-04T11:20:00+01:00")));
    }
}
