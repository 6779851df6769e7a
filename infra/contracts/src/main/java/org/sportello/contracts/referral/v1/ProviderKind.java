package org.sportello.contracts.referral.v1;

/** Who runs a provider. */
public enum ProviderKind {
    /** A public specialist service (ASST, ATS, the municipality's own second-level services). */
    PUBLIC_SERVICE,
    /** A third-sector partner: Caritas, unions' help desks, associations (enti del terzo settore). */
    THIRD_SECTOR
}
