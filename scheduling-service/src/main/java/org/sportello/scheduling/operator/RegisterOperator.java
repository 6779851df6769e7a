package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;

import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;

/** @param name the operator's name, personal data; null when not kept */
public record RegisterOperator(OperatorId operatorId, Personal<String> name, List<OperatorRole> roles, String employer,
                               List<OfficeId> offices, Instant registeredAt) {
}
