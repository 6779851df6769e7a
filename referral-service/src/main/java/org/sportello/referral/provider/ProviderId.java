package org.sportello.referral.provider;

import org.sportello.referral.known.Slug;

/**
 * A provider by the slug an administrator chose ({@code serd-monza}). The constructor takes any
 * value, as stored events hold it; new ids come through {@link #of(String)}.
 */
public record ProviderId(String value) {

    /** A provider id as a request names it: refused unless it is a slug. */
    public static ProviderId of(String value) {
        if (!Slug.isSlug(value)) {
            throw new InvalidProviderRequest("providerId", "must be a lowercase slug such as serd-monza (letters, "
                    + "digits, single hyphens, at most " + Slug.MAX_LENGTH + " characters)");
        }
        return new ProviderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
