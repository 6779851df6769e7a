package org.sportello.referral.desk;

import java.util.List;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/**
 * Why the desk sends the person on: coded, never free text, since a partner desk is no
 * professional and what it writes would reach the secretariat unchecked. {@code categories}: at
 * least one, distinct.
 */
public record DeskReason(UserArea userArea, List<NeedCategory> categories) {
}
