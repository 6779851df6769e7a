package org.sportello.intake.casefile;

import static org.sportello.intake.contact.ContactDetailsFixture.CONTACT_ID;
import static org.sportello.intake.contact.ContactDetailsFixture.OFFICE;
import static org.sportello.intake.contact.ContactDetailsFixture.RECORDED_AT;
import static org.sportello.intake.contact.ContactDetailsFixture.contactDetails;

import java.time.Instant;
import java.util.UUID;

import org.sportello.intake.citizen.CitizenFixture;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactRecorded;
import org.sportello.platform.caller.Caller;

/** One citizen's case and the events of its life, in the order they usually come. */
public final class CaseFixture {

    public static final CaseId CASE_ID = new CaseId(UUID.fromString("9c2e4a6b-1d3f-4a5c-b7e9-2f4a6c8e1b3d"));
    /** The id a contact would give a new case; unused when the citizen already has an open one. */
    public static final CaseId UNUSED_CASE_ID = new CaseId(UUID.fromString("5e7a9c1b-3d5f-4b7a-9c2e-4a6c8e1b3d5f"));
    public static final CitizenId CITIZEN_ID = CitizenFixture.CITIZEN_ID;
    public static final String OPERATOR = "op-0173";
    public static final String OTHER_OPERATOR = "op-0288";
    /** {@link #OPERATOR} calling for themselves, as their token says. */
    public static final Caller OPERATOR_CALLING = new Caller(OPERATOR, "OPERATOR");
    public static final Caller ADMIN_CALLING = new Caller("admin-0007", "ADMIN");
    public static final Instant NOW = RECORDED_AT.plusSeconds(3600);

    private CaseFixture() {
    }

    public static CaseOpened caseOpened() {
        return new CaseOpened(CASE_ID, CITIZEN_ID, OFFICE, contactDetails().occurredAt());
    }

    public static ContactRecorded firstContactRecorded() {
        return new ContactRecorded(CONTACT_ID, CITIZEN_ID, CASE_ID, contactDetails(), RECORDED_AT);
    }

    public static CaseTakenInCharge caseTakenInCharge() {
        return new CaseTakenInCharge(CASE_ID, CITIZEN_ID, OPERATOR, RECORDED_AT.plusSeconds(600));
    }

    public static CaseClosed caseClosed() {
        return new CaseClosed(CASE_ID, CITIZEN_ID, CaseClosureReason.NEED_MET, OPERATOR, RECORDED_AT.plusSeconds(1200));
    }
}
