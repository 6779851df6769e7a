package org.sportello.referral.referral;

import org.sportello.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The caller's role allows the endpoint, but not for this office or provider: an operator sending
 * from an office it does not work at, a provider asking for another provider's list. A 403 problem
 * of the same type the platform gives a role that is not allowed ({@code forbidden}), naming the
 * field. (The platform's {@code DomainException} has no kind for 403.)
 */
class Forbidden extends ErrorResponseException {

    /** As the platform's security handlers name it. */
    static final String TYPE = "forbidden";

    Forbidden(String field, String reason) {
        super(HttpStatus.FORBIDDEN, Problems.ofField(HttpStatus.FORBIDDEN, TYPE, "Forbidden",
                new Problems.FieldError(field, reason)), null);
    }
}
