package org.sportello.referral.referral;

import java.util.List;

/** Why the citizen is sent: coded, never free text. {@code categories} at least one, distinct. */
public record ReferralReason(UserArea userArea, List<NeedCategory> categories) {
}
