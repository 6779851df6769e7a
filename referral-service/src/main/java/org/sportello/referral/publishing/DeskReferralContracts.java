package org.sportello.referral.publishing;

import java.util.Optional;

import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.referral.desk.DeskReferralAcknowledged;
import org.sportello.referral.desk.DeskReferralSent;

/**
 * Partner desks' referrals as published contracts (referral v1), keyed by the desk referral (its
 * stream). All of it is coded; the contact id is intake's own, never a person's data.
 */
final class DeskReferralContracts {

    private DeskReferralContracts() {
    }

    static Optional<Object> translate(Object internalEvent, String recordedBy) {
        if (internalEvent instanceof DeskReferralSent e) {
            return Optional.of(new org.sportello.contracts.referral.v1.DeskReferralSent(e.deskReferralId().value(),
                    e.contactId(), e.fromOfficeId(), e.toOfficeId(), e.districtId(),
                    UserArea.valueOf(e.reason().userArea().name()),
                    e.reason().categories().stream().map(category -> NeedCategory.valueOf(category.name())).toList(),
                    e.sentAt(), recordedBy));
        }
        if (internalEvent instanceof DeskReferralAcknowledged e) {
            return Optional.of(new org.sportello.contracts.referral.v1.DeskReferralAcknowledged(
                    e.deskReferralId().value(), e.toOfficeId(), e.districtId(), e.acknowledgedAt(), recordedBy));
        }
        return Optional.empty();
    }
}
