package org.sportello.intake.casefile;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A professional takes charge of the case (presa in carico). */
public record TakeCaseInCharge(@TargetAggregateIdentifier CaseId caseId, String operatorId, Instant at) {
}
