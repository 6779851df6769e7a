package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.intake.citizen.CitizenId;

@Revision("1")
public record CaseTakenInCharge(CaseId caseId, CitizenId citizenId, String operatorId, Instant takenInChargeAt) {
}
