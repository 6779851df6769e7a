package org.sportello.referral.desk;

import org.sportello.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The caller's role allows the endpoint, but not for this office: a desk sending from a desk it does
 * not work at, an operator listing another office's incoming referrals. A 403 problem of the type the
 * platform gives a role that is not allowed ({@code forbidden}), naming the field; the platform's
 * {@code DomainException} has no kind for 403.
 */
class NotTheCallersOffice extends ErrorResponseException {

    /** As the platform's security handlers name it. */
    static final String TYPE = "forbidden";

    NotTheCallersOffice(String field, String officeId) {
        super(HttpStatus.FORBIDDEN, Problems.ofField(HttpStatus.FORBIDDEN, TYPE, "Forbidden",
                new Problems.FieldError(field, "the caller does not work at office " + officeId)), null);
    }
}
