package org.sportello.intake.contact;

import java.time.Instant;
import java.util.Objects;

import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;

/**
 * Record a contact of a known citizen. It joins the citizen's open case, or opens one with
 * {@code caseIdIfNew} (chosen by the caller, so the handler stays free of randomness).
 *
 * <p>A command checks what it carries (unlike the event it leads to): whoever builds it, it
 * never asks to record a contact without operators or outcomes. {@code recorder} says who records
 * it, from the token, since that decides at which offices and by which channel it may be.
 */
public record RecordContact(ContactId contactId, CitizenId citizenId, CaseId caseIdIfNew, ContactDetails details,
                            Recorder recorder, Instant recordedAt) {

    public RecordContact {
        Objects.requireNonNull(details, "details").checkComplete();
        Objects.requireNonNull(recorder, "recorder");
    }

    /** Recorded by the municipality's staff, as every contact was before partner desks recorded their own. */
    public RecordContact(ContactId contactId, CitizenId citizenId, CaseId caseIdIfNew, ContactDetails details,
                         Instant recordedAt) {
        this(contactId, citizenId, caseIdIfNew, details, Recorder.OPERATOR, recordedAt);
    }
}
