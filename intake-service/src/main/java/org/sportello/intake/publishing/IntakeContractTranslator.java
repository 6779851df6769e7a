package org.sportello.intake.publishing;

import java.util.Optional;
import java.util.UUID;

import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.relay.ContractTranslator;
import org.springframework.stereotype.Component;

/**
 * Intake's internal events become published contracts here, and only here: personal data,
 * fiscal codes and notes are dropped, the pseudonymous citizenId and coded facts remain.
 */
@Component
class IntakeContractTranslator implements ContractTranslator {

    @Override
    public Optional<Object> translate(Object internalEvent, Caller recordedBy) {
        String by = recordedBy == null ? null : recordedBy.id();
        if (internalEvent instanceof org.sportello.intake.citizen.CitizenRegistered e) {
            return Optional.of(new CitizenRegistered(e.citizenId().value(), e.registeredAt(), by));
        }
        if (internalEvent instanceof org.sportello.intake.casefile.CaseOpened e) {
            return Optional.of(new CaseOpened(e.caseId().value(), e.citizenId().value(), e.officeId().value(),
                    e.openedAt(), by));
        }
        if (internalEvent instanceof org.sportello.intake.contact.ContactRecorded e) {
            return Optional.of(new ContactRecorded(e.contactId().value(), uuid(e.citizenId()), uuid(e.caseId()),
                    e.details().officeId().value(), e.details().channel(), e.details().occurredAt(),
                    e.details().operators(), e.details().needs(), e.details().outcomes(), by));
        }
        if (internalEvent instanceof org.sportello.intake.casefile.CaseTakenInCharge e) {
            return Optional.of(new CaseTakenInCharge(e.caseId().value(), e.citizenId().value(), e.operatorId(),
                    e.takenInChargeAt(), by));
        }
        if (internalEvent instanceof org.sportello.intake.casefile.CaseClosed e) {
            return Optional.of(new CaseClosed(e.caseId().value(), e.citizenId().value(), e.reason(), e.closedAt(), by));
        }
        return Optional.empty();
    }

    private static UUID uuid(CitizenId id) {
        return id == null ? null : id.value();
    }

    private static UUID uuid(CaseId id) {
        return id == null ? null : id.value();
    }
}
