package org.sportello.intake.publishing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.PersonalData;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.intake.office.OfficeId;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.relay.ContractTranslator;
import org.springframework.stereotype.Component;

/**
 * Intake's internal events become published contracts here, and only here: personal data,
 * fiscal codes and notes are dropped, the pseudonymous citizenId and coded facts remain, and of a
 * citizen the year of birth and the sex, derived from the sealed personal data (see
 * {@link #generalised(Personal)}).
 *
 * <p>Intake's codes are its own, and each is mapped to a published code by name in a
 * {@code switch} without a default: a code added to intake does not compile until someone
 * decides here whether it is published as an existing code, or not at all.
 */
@Component
class IntakeContractTranslator implements ContractTranslator {

    @Override
    public Optional<Object> translate(Object internalEvent, Caller recordedBy) {
        String by = recordedBy == null ? null : recordedBy.id();
        if (internalEvent instanceof org.sportello.intake.citizen.CitizenRegistered e) {
            PersonalData person = generalised(e.personalData());
            return Optional.of(new CitizenRegistered(e.citizenId().value(), e.registeredAt(), by,
                    person == null || person.birthDate() == null ? null : person.birthDate().getYear(),
                    person == null || person.sex() == null ? null : sex(person.sex())));
        }
        if (internalEvent instanceof org.sportello.intake.casefile.CaseOpened e) {
            return Optional.of(new CaseOpened(e.caseId().value(), e.citizenId().value(), office(e.officeId()),
                    e.openedAt(), by));
        }
        if (internalEvent instanceof org.sportello.intake.contact.ContactRecorded e) {
            ContactDetails details = e.details();
            return Optional.of(new ContactRecorded(e.contactId().value(), uuid(e.citizenId()), uuid(e.caseId()),
                    office(details.officeId()), channel(details.channel()), details.occurredAt(),
                    all(details.operators(), IntakeContractTranslator::operator),
                    all(details.needs(), IntakeContractTranslator::need),
                    all(details.outcomes(), IntakeContractTranslator::outcome), by,
                    details.appointmentId() == null ? null : details.appointmentId().value()));
        }
        if (internalEvent instanceof org.sportello.intake.casefile.CaseTakenInCharge e) {
            return Optional.of(new CaseTakenInCharge(e.caseId().value(), e.citizenId().value(), e.operatorId(),
                    e.takenInChargeAt(), by));
        }
        if (internalEvent instanceof org.sportello.intake.casefile.CaseClosed e) {
            return Optional.of(new CaseClosed(e.caseId().value(), e.citizenId().value(), reason(e.reason()),
                    e.closedAt(), by));
        }
        if (internalEvent instanceof org.sportello.intake.citizen.CitizenErased e) {
            // Whose and when only: the ground, the reference and who erased stay inside intake.
            return Optional.of(new CitizenErased(e.citizenId().value(), e.erasedAt()));
        }
        return Optional.empty();
    }

    /**
     * The citizen's data, opened here only to derive the two generalised attributes research counts
     * by (the year of the birth date, never the date, and the sex); null once the citizen's key is
     * shredded, so a replay of the relay after the erasure publishes neither. Intake's store keeps
     * nothing personal in plain for this: the event holds them only sealed, and they go with the key.
     * No person is shown the data, so this is not a read for the personal-data reads log, which
     * records what people are shown.
     */
    private static PersonalData generalised(Personal<PersonalData> personalData) {
        return personalData == null ? null : personalData.orElse(null);
    }

    /** The contract promises a slug; an id stored under older rules would break consumers that key on it. */
    private static String office(OfficeId officeId) {
        if (officeId == null || !officeId.isWellFormed()) {
            throw new Unpublishable("office id '" + officeId + "' is not a slug the contract accepts");
        }
        return officeId.value();
    }

    static Channel channel(org.sportello.intake.contact.Channel channel) {
        return switch (channel) {
            case WALK_IN -> Channel.WALK_IN;
            case PHONE -> Channel.PHONE;
            case EMAIL -> Channel.EMAIL;
            case APPOINTMENT -> Channel.APPOINTMENT;
            case PARTNER_DESK -> Channel.PARTNER_DESK;
            case UNRECOGNISED -> throw retired("channel");
        };
    }

    static Sex sex(org.sportello.intake.citizen.Sex sex) {
        return switch (sex) {
            case F -> Sex.F;
            case M -> Sex.M;
        };
    }

    static OperatorRole role(org.sportello.intake.contact.OperatorRole role) {
        return switch (role) {
            case SOCIAL_WORKER -> OperatorRole.SOCIAL_WORKER;
            case EDUCATOR -> OperatorRole.EDUCATOR;
            case ADMINISTRATIVE -> OperatorRole.ADMINISTRATIVE;
            case PARTNER_VOLUNTEER -> OperatorRole.PARTNER_VOLUNTEER;
            case UNRECOGNISED -> throw retired("operator role");
        };
    }

    static UserArea userArea(org.sportello.intake.contact.UserArea area) {
        return switch (area) {
            case FAMILY_AND_MINORS -> UserArea.FAMILY_AND_MINORS;
            case DISABILITY -> UserArea.DISABILITY;
            case ADDICTIONS -> UserArea.ADDICTIONS;
            case ELDERLY -> UserArea.ELDERLY;
            case IMMIGRANTS -> UserArea.IMMIGRANTS;
            case POVERTY_AND_ADULT_HARDSHIP -> UserArea.POVERTY_AND_ADULT_HARDSHIP;
            case MULTI_AREA -> UserArea.MULTI_AREA;
            case UNRECOGNISED -> throw retired("user area");
        };
    }

    static NeedCategory category(org.sportello.intake.contact.NeedCategory category) {
        return switch (category) {
            case HOUSING -> NeedCategory.HOUSING;
            case WORK -> NeedCategory.WORK;
            case INCOME -> NeedCategory.INCOME;
            case HEALTH -> NeedCategory.HEALTH;
            case CARE_OF_DEPENDENT -> NeedCategory.CARE_OF_DEPENDENT;
            case FAMILY_RELATIONS -> NeedCategory.FAMILY_RELATIONS;
            case DOCUMENTS_AND_LEGAL -> NeedCategory.DOCUMENTS_AND_LEGAL;
            case EDUCATION -> NeedCategory.EDUCATION;
            case ISOLATION -> NeedCategory.ISOLATION;
            case DIGITAL_ACCESS -> NeedCategory.DIGITAL_ACCESS;
            case OTHER -> NeedCategory.OTHER;
            case UNRECOGNISED -> throw retired("need category");
        };
    }

    static ContactOutcome outcome(org.sportello.intake.contact.ContactOutcome outcome) {
        return switch (outcome) {
            case INFORMATION_GIVEN -> ContactOutcome.INFORMATION_GIVEN;
            case ORIENTATION -> ContactOutcome.ORIENTATION;
            case SHORT_SUPPORT_PATH -> ContactOutcome.SHORT_SUPPORT_PATH;
            case APPOINTMENT_PROPOSED -> ContactOutcome.APPOINTMENT_PROPOSED;
            case REFERRAL -> ContactOutcome.REFERRAL;
            case ECONOMIC_SUPPORT_REQUESTED -> ContactOutcome.ECONOMIC_SUPPORT_REQUESTED;
            case DOCUMENTS_REQUESTED -> ContactOutcome.DOCUMENTS_REQUESTED;
            case ELIGIBILITY_CHECK -> ContactOutcome.ELIGIBILITY_CHECK;
            case NOT_ELIGIBLE -> ContactOutcome.NOT_ELIGIBLE;
            case TAKEN_IN_CHARGE -> ContactOutcome.TAKEN_IN_CHARGE;
            case NO_FURTHER_ACTION -> ContactOutcome.NO_FURTHER_ACTION;
            case UNRECOGNISED -> throw retired("outcome");
        };
    }

    static CaseClosureReason reason(org.sportello.intake.casefile.CaseClosureReason reason) {
        return switch (reason) {
            case NEED_MET -> CaseClosureReason.NEED_MET;
            case REFERRED_ELSEWHERE -> CaseClosureReason.REFERRED_ELSEWHERE;
            case CITIZEN_WITHDREW -> CaseClosureReason.CITIZEN_WITHDREW;
            case NO_LONGER_REACHABLE -> CaseClosureReason.NO_LONGER_REACHABLE;
            case MOVED_AWAY -> CaseClosureReason.MOVED_AWAY;
            case DECEASED -> CaseClosureReason.DECEASED;
            case OPENED_IN_ERROR -> CaseClosureReason.OPENED_IN_ERROR;
            case OTHER -> CaseClosureReason.OTHER;
            case UNRECOGNISED -> throw retired("closure reason");
        };
    }

    private static Operator operator(org.sportello.intake.contact.Operator operator) {
        return new Operator(operator.operatorId(), role(operator.role()));
    }

    private static Need need(org.sportello.intake.contact.Need need) {
        return new Need(userArea(need.userArea()), all(need.categories(), IntakeContractTranslator::category));
    }

    /**
     * A retired code cannot be guessed back: publishing it as another code, or dropping it from
     * the list, would change what researchers count.
     */
    private static Unpublishable retired(String what) {
        return new Unpublishable("the " + what + " was stored with a code intake no longer has");
    }

    private static <I, C> List<C> all(List<I> codes, Function<I, C> mapping) {
        return codes.stream().map(mapping).toList();
    }

    private static UUID uuid(CitizenId id) {
        return id == null ? null : id.value();
    }

    private static UUID uuid(CaseId id) {
        return id == null ? null : id.value();
    }
}
