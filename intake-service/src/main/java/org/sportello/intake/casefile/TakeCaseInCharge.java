package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sportello.platform.caller.Caller;

/**
 * A professional takes charge of the case (presa in carico): {@code operatorId} is who will be in
 * charge, {@code requestedBy} who asked, from the token, since the case decides who may name whom.
 */
public record TakeCaseInCharge(@TargetAggregateIdentifier CaseId caseId, String operatorId, Caller requestedBy,
                               Instant at) {
}
