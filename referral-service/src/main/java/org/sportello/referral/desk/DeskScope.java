package org.sportello.referral.desk;

import org.sportello.platform.caller.CurrentCaller;
import org.sportello.referral.desk.DeskReferralViews.DeskReferralView;

/**
 * What the caller may see of a desk referral. Administrators and the operators of the secretariat
 * office it was sent to: everything. The partner desk that sent it: its status only, since a desk is
 * no professional and sees nothing of the office's work. Anyone else: nothing, answered exactly as a
 * referral that does not exist.
 */
final class DeskScope {

    enum Sight { FULL, STATUS, NONE }

    private static final String ADMIN = "ADMIN";
    private static final String OPERATOR = "OPERATOR";
    private static final String PARTNER_DESK = "PARTNER_DESK";

    private DeskScope() {
    }

    static Sight of(DeskReferralView referral) {
        if (CurrentCaller.hasRole(ADMIN) || operatorAt(referral.toOfficeId())) {
            return Sight.FULL;
        }
        if (CurrentCaller.hasRole(PARTNER_DESK) && CurrentCaller.offices().contains(referral.fromOfficeId())) {
            return Sight.STATUS;
        }
        return Sight.NONE;
    }

    static boolean operatorAt(String officeId) {
        return CurrentCaller.hasRole(OPERATOR) && CurrentCaller.offices().contains(officeId);
    }

    static boolean deskAt(String officeId) {
        return CurrentCaller.hasRole(PARTNER_DESK) && CurrentCaller.offices().contains(officeId);
    }

    static boolean readsOfficeLists(String officeId) {
        return CurrentCaller.hasRole(ADMIN) || operatorAt(officeId);
    }
}
