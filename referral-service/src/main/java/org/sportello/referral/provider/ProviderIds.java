package org.sportello.referral.provider;

/**
 * Provider ids, claimed once for ever: a row under a unique key written in the registering
 * command's own transaction, so two registrations of one id racing each other serialise on that key
 * and exactly one wins. Never the read model, which an administrator may empty and rebuild.
 */
public interface ProviderIds {

    /** Claims {@code providerId}; false when it was claimed already (by a committed command, or one that commits first). */
    boolean claim(ProviderId providerId);
}
