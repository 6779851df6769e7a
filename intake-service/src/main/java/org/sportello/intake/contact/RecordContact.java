package org.sportello.intake.contact;

import java.time.Instant;

import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;

/**
 * Record a contact of a known citizen. It joins the citizen's open case, or opens one with
 * {@code caseIdIfNew} (chosen by the caller, so the handler stays free of randomness).
 */
public record RecordContact(ContactId contactId, CitizenId citizenId, CaseId caseIdIfNew, ContactDetails details,
                            Instant recordedAt) {
}
