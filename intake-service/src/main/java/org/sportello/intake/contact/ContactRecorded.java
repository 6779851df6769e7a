package org.sportello.intake.contact;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;

/**
 * Internal: a contact was recorded, with its notes. {@code citizenId} and {@code caseId} are
 * null for an anonymous contact, which belongs to no case. Revision 2 seals the notes;
 * {@code PlainPersonalDataUpcaster} reads revision 1, whose notes were plain text.
 */
@Revision(ContactRecorded.REVISION)
public record ContactRecorded(ContactId contactId, CitizenId citizenId, CaseId caseId, ContactDetails details,
                              Instant recordedAt) {

    public static final String REVISION = "2";
}
