package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseCase(@TargetAggregateIdentifier CaseId caseId, CaseClosureReason reason, String operatorId,
                        Instant at) {
}
