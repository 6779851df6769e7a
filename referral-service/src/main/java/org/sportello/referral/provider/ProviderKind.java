package org.sportello.referral.provider;

/** Who runs a provider. */
public enum ProviderKind {
    PUBLIC_SERVICE,
    THIRD_SECTOR
}
