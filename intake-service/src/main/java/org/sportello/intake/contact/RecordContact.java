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
 * never asks to record a contact without operators or outcomes.
 */
public record RecordContact(ContactId contactId, CitizenId citizenId, CaseId caseIdIfNew, ContactDetails details,
                            Instant recordedAt) {

    public RecordContact {
        Objects.requireNonNull(details, "details").checkComplete();
    }
}
