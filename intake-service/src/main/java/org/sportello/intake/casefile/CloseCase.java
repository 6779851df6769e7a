package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sportello.contracts.intake.v1.CaseClosureReason;

public record CloseCase(@TargetAggregateIdentifier CaseId caseId, CaseClosureReason reason, String operatorId,
                        Instant at) {
}
