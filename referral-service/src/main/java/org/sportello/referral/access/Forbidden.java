package org.sportello.referral.access;

import org.sportello.platform.problem.DomainException;

/**
 * The caller's role allows the endpoint, but not for this office or provider: an operator sending
 * from or listing an office it does not work at, a desk sending from a desk it does not run, a
 * provider asking for another provider's list. A 403 of the type the platform's security handlers
 * give a role that is not allowed ({@code forbidden}), naming the field.
 */
public class Forbidden extends DomainException {

    /** As the platform's security handlers name it. */
    public static final String TYPE = "forbidden";

    public Forbidden(String field, String reason) {
        super(TYPE, Kind.FORBIDDEN, field, reason);
    }

    /** The caller's token does not name {@code officeId} among the offices it works at. */
    public static Forbidden notTheCallersOffice(String field, String officeId) {
        return new Forbidden(field, "the caller does not work at office " + officeId);
    }
}
