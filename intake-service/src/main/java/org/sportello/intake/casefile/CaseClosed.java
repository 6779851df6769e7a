package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.intake.citizen.CitizenId;

@Revision("1")
public record CaseClosed(CaseId caseId, CitizenId citizenId, CaseClosureReason reason, String operatorId,
                         Instant closedAt) {
}
