package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.office.OfficeId;

/** Internal: a citizen's contact opened a case at an office. */
@Revision("1")
public record CaseOpened(CaseId caseId, CitizenId citizenId, OfficeId officeId, Instant openedAt) {
}
