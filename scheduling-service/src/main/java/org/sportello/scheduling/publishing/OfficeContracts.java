package org.sportello.scheduling.publishing;

import java.util.List;
import java.util.Optional;

import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.contracts.scheduling.v1.OpeningMode;
import org.sportello.contracts.scheduling.v1.OperatorRole;
import org.sportello.contracts.scheduling.v1.WeeklySlot;
import org.sportello.scheduling.office.ClosureScheduled;
import org.sportello.scheduling.office.DistrictCreated;
import org.sportello.scheduling.office.MunicipalityCreated;
import org.sportello.scheduling.office.OfficeCreated;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OpeningHoursSet;
import org.sportello.scheduling.operator.OperatorRegistered;

/**
 * Office and staff events as published contracts (scheduling v1). What stays inside: a closure's
 * reason (free text), an operator's name (personal data) and availability (AvailabilitySet is
 * internal: it says when a named person is away). OperatorChanged stays inside too, for now: the
 * contracts have no {@code OperatorChanged.v1} yet.
 */
final class OfficeContracts {

    private OfficeContracts() {
    }

    /** The contract for {@code internalEvent}, or empty when it is not one of these. */
    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        if (internalEvent instanceof DistrictCreated e) {
            return Optional.of(new org.sportello.contracts.scheduling.v1.DistrictCreated(e.districtId().value(),
                    e.name(), e.createdAt(), recordedBy));
        }
        if (internalEvent instanceof MunicipalityCreated e) {
            return Optional.of(new org.sportello.contracts.scheduling.v1.MunicipalityCreated(
                    e.municipalityId().value(), e.name(), e.districtId().value(), e.createdAt(), recordedBy));
        }
        if (internalEvent instanceof OfficeCreated e) {
            return Optional.of(new org.sportello.contracts.scheduling.v1.OfficeCreated(e.officeId().value(),
                    e.municipalityId().value(), e.name(), e.address(), OfficeKind.valueOf(e.kind().name()),
                    e.partnerName(), e.createdAt(), recordedBy, e.central()));
        }
        if (internalEvent instanceof OpeningHoursSet e) {
            return Optional.of(new org.sportello.contracts.scheduling.v1.OpeningHoursSet(e.officeId().value(),
                    e.validFrom(), e.slots().stream().map(OfficeContracts::slot).toList(), e.setAt(), recordedBy));
        }
        if (internalEvent instanceof ClosureScheduled e) {
            return Optional.of(new org.sportello.contracts.scheduling.v1.ClosureScheduled(e.officeId().value(),
                    e.from(), e.to(), e.scheduledAt(), recordedBy));
        }
        if (internalEvent instanceof OperatorRegistered e) {
            return Optional.of(new org.sportello.contracts.scheduling.v1.OperatorRegistered(e.operatorId().value(),
                    e.roles().stream().map(role -> OperatorRole.valueOf(role.name())).toList(), e.employer(),
                    offices(e.offices()), e.registeredAt(), recordedBy));
        }
        return Optional.empty();
    }

    /**
     * The key of a contract whose aggregate's stream id is prefixed ({@code district:apuania}, see
     * District): the id it is documented to be keyed by. Empty for the others, keyed by their stream.
     */
    static Optional<String> keyOf(Object contract) {
        if (contract instanceof org.sportello.contracts.scheduling.v1.DistrictCreated c) {
            return Optional.of(c.districtId());
        }
        if (contract instanceof org.sportello.contracts.scheduling.v1.MunicipalityCreated c) {
            return Optional.of(c.municipalityId());
        }
        if (contract instanceof org.sportello.contracts.scheduling.v1.OperatorRegistered c) {
            return Optional.of(c.operatorId());
        }
        return Optional.empty();
    }

    private static WeeklySlot slot(org.sportello.scheduling.office.WeeklySlot slot) {
        return new WeeklySlot(slot.dayOfWeek(), slot.from(), slot.to(), OpeningMode.valueOf(slot.mode().name()));
    }

    private static List<String> offices(List<OfficeId> offices) {
        return offices.stream().map(OfficeId::value).toList();
    }
}
