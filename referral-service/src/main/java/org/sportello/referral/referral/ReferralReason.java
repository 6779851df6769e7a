package org.sportello.referral.referral;

import java.util.List;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/** Why the citizen is sent: coded, never free text. {@code categories} at least one, distinct. */
public record ReferralReason(UserArea userArea, List<NeedCategory> categories) {
}
