package org.sportello.scheduling.appointment;

import org.sportello.platform.caller.CurrentCaller;
import org.sportello.scheduling.office.OfficeId;

/**
 * Which offices' appointments the caller may see and book: an administrator's, all; an operator's,
 * those its token names in the {@code offices} claim. Whatever lies outside answers exactly as what
 * does not exist (404, or 422 for an office named in a body), so no one learns what exists elsewhere.
 */
final class OfficeScope {

    private static final String ADMIN = "ADMIN";

    private OfficeScope() {
    }

    static boolean sees(OfficeId officeId) {
        return CurrentCaller.hasRole(ADMIN) || CurrentCaller.offices().contains(officeId.value());
    }
}
