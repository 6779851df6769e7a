package org.sportello.referral.publishing;

import java.util.List;
import java.util.Optional;

import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.referral.v1.AnswerSource;
import org.sportello.contracts.referral.v1.Consent;
import org.sportello.contracts.referral.v1.ConsentForm;
import org.sportello.contracts.referral.v1.ConsentGivenBy;
import org.sportello.contracts.referral.v1.ReferralAccepted;
import org.sportello.contracts.referral.v1.ReferralCompleted;
import org.sportello.contracts.referral.v1.ReferralConsentWithdrawn;
import org.sportello.contracts.referral.v1.ReferralOutcome;
import org.sportello.contracts.referral.v1.ReferralOverdue;
import org.sportello.contracts.referral.v1.ReferralRejected;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ReferralWithdrawn;
import org.sportello.contracts.referral.v1.RejectionReason;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.contracts.referral.v1.ShareScope;
import org.sportello.contracts.referral.v1.WithdrawalReason;

/**
 * Referral events as published contracts (referral v1). What stays inside: the consent's names
 * (witness, guardian), the shared contact and case summary (personal data, sealed), the instant a
 * deadline passes (the contract's {@code dueBy} says it), and the erasure of a citizen's details,
 * which no one outside ever saw.
 *
 * <p>Codes map by name in a {@code switch} without a default: a code added inside does not compile
 * until someone decides here how, or whether, it is published.
 */
final class ReferralContracts {

    private ReferralContracts() {
    }

    /** The contract for {@code internalEvent}, or empty when it is not one of these. */
    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        if (internalEvent instanceof org.sportello.referral.referral.ReferralSent e) {
            var consent = e.consent();
            return Optional.of(new ReferralSent(e.referralId().value(), e.caseId(), e.citizenId(), e.providerId(),
                    serviceType(e.serviceType()), e.fromOfficeId(), userArea(e.reason().userArea()),
                    e.reason().categories().stream().map(ReferralContracts::category).toList(),
                    new Consent(givenBy(consent.givenBy()), form(consent.form()), consent.givenAt(),
                            scopes(consent.shareScope())),
                    e.sentAt(), e.dueBy(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.referral.referral.ReferralOverdue e) {
            return Optional.of(new ReferralOverdue(e.referralId().value(), e.providerId(), e.dueBy(), e.overdueAt()));
        }
        if (internalEvent instanceof org.sportello.referral.referral.ReferralAccepted e) {
            return Optional.of(new ReferralAccepted(e.referralId().value(), e.providerId(), source(e.source()),
                    e.acceptedAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.referral.referral.ReferralRejected e) {
            return Optional.of(new ReferralRejected(e.referralId().value(), e.providerId(), rejection(e.reason()),
                    source(e.source()), e.rejectedAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.referral.referral.ReferralCompleted e) {
            return Optional.of(new ReferralCompleted(e.referralId().value(), e.providerId(), outcome(e.outcome()),
                    e.completedAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.referral.referral.ReferralWithdrawn e) {
            return Optional.of(new ReferralWithdrawn(e.referralId().value(), e.providerId(), withdrawal(e.reason()),
                    e.withdrawnAt(), recordedBy));
        }
        if (internalEvent instanceof org.sportello.referral.referral.ReferralConsentWithdrawn e) {
            return Optional.of(new ReferralConsentWithdrawn(e.referralId().value(), e.providerId(), e.withdrawnAt(),
                    recordedBy));
        }
        return Optional.empty();
    }

    private static ServiceType serviceType(org.sportello.referral.provider.ServiceType type) {
        return switch (type) {
            case MINORS_PROTECTION -> ServiceType.MINORS_PROTECTION;
            case ADDICTIONS -> ServiceType.ADDICTIONS;
            case MENTAL_HEALTH -> ServiceType.MENTAL_HEALTH;
            case DISABILITY -> ServiceType.DISABILITY;
            case ELDERLY_CARE -> ServiceType.ELDERLY_CARE;
            case EMPLOYMENT_CENTRE -> ServiceType.EMPLOYMENT_CENTRE;
            case HOUSING -> ServiceType.HOUSING;
            case FOOD_AND_BASIC_NEEDS -> ServiceType.FOOD_AND_BASIC_NEEDS;
            case LEGAL_AND_TAX_HELP -> ServiceType.LEGAL_AND_TAX_HELP;
            case DIGITAL_FACILITATION -> ServiceType.DIGITAL_FACILITATION;
            case OTHER -> ServiceType.OTHER;
        };
    }

    private static UserArea userArea(org.sportello.referral.need.UserArea area) {
        return switch (area) {
            case FAMILY_AND_MINORS -> UserArea.FAMILY_AND_MINORS;
            case DISABILITY -> UserArea.DISABILITY;
            case ADDICTIONS -> UserArea.ADDICTIONS;
            case ELDERLY -> UserArea.ELDERLY;
            case IMMIGRANTS -> UserArea.IMMIGRANTS;
            case POVERTY_AND_ADULT_HARDSHIP -> UserArea.POVERTY_AND_ADULT_HARDSHIP;
            case MULTI_AREA -> UserArea.MULTI_AREA;
        };
    }

    private static NeedCategory category(org.sportello.referral.need.NeedCategory category) {
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
        };
    }

    private static ConsentGivenBy givenBy(org.sportello.referral.referral.ConsentGivenBy givenBy) {
        return switch (givenBy) {
            case CITIZEN -> ConsentGivenBy.CITIZEN;
            case LEGAL_GUARDIAN -> ConsentGivenBy.LEGAL_GUARDIAN;
        };
    }

    private static ConsentForm form(org.sportello.referral.referral.ConsentForm form) {
        return switch (form) {
            case SIGNED -> ConsentForm.SIGNED;
            case VERBAL_WITH_WITNESS -> ConsentForm.VERBAL_WITH_WITNESS;
            case DIGITAL -> ConsentForm.DIGITAL;
        };
    }

    private static List<ShareScope> scopes(List<org.sportello.referral.referral.ShareScope> scopes) {
        return scopes.stream().map(scope -> switch (scope) {
            case NEEDS -> ShareScope.NEEDS;
            case CONTACT_DETAILS -> ShareScope.CONTACT_DETAILS;
            case CASE_SUMMARY -> ShareScope.CASE_SUMMARY;
        }).toList();
    }

    private static AnswerSource source(org.sportello.referral.referral.AnswerSource source) {
        return switch (source) {
            case API -> AnswerSource.API;
            case PHONE -> AnswerSource.PHONE;
            case EMAIL -> AnswerSource.EMAIL;
        };
    }

    private static RejectionReason rejection(org.sportello.referral.referral.RejectionReason reason) {
        return switch (reason) {
            case NOT_COMPETENT -> RejectionReason.NOT_COMPETENT;
            case NO_CAPACITY -> RejectionReason.NO_CAPACITY;
            case NOT_ELIGIBLE -> RejectionReason.NOT_ELIGIBLE;
            case DUPLICATE -> RejectionReason.DUPLICATE;
            case OTHER -> RejectionReason.OTHER;
        };
    }

    private static ReferralOutcome outcome(org.sportello.referral.referral.ReferralOutcome outcome) {
        return switch (outcome) {
            case SERVICE_STARTED -> ReferralOutcome.SERVICE_STARTED;
            case CITIZEN_DID_NOT_GO -> ReferralOutcome.CITIZEN_DID_NOT_GO;
            case CITIZEN_DECLINED -> ReferralOutcome.CITIZEN_DECLINED;
            case REDIRECTED -> ReferralOutcome.REDIRECTED;
            case OTHER -> ReferralOutcome.OTHER;
        };
    }

    private static WithdrawalReason withdrawal(org.sportello.referral.referral.WithdrawalReason reason) {
        return switch (reason) {
            case NO_LONGER_NEEDED -> WithdrawalReason.NO_LONGER_NEEDED;
            case CITIZEN_REQUEST -> WithdrawalReason.CITIZEN_REQUEST;
            case SENT_IN_ERROR -> WithdrawalReason.SENT_IN_ERROR;
            case OTHER -> WithdrawalReason.OTHER;
        };
    }
}
