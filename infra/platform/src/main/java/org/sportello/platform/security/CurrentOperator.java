package org.sportello.platform.security;

import org.springframework.security.core.context.SecurityContextHolder;

/** The operator id of the caller: the token's {@code sub}. */
public final class CurrentOperator {

    private CurrentOperator() {
    }

    public static String id() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
