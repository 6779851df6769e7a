package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;

import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;

/** @param name sealed under the operator's own key; null when not kept. Never published. */
public record OperatorRegistered(OperatorId operatorId, Personal<String> name, List<OperatorRole> roles,
                                 String employer, List<OfficeId> offices, Instant registeredAt) {
}
