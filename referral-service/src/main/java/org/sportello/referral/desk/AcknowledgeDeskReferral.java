package org.sportello.referral.desk;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The secretariat office takes up a desk referral: it has the person in hand. */
public record AcknowledgeDeskReferral(@TargetAggregateIdentifier DeskReferralId deskReferralId, Instant acknowledgedAt) {
}
