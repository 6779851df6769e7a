package org.sportello.referral.known;

/**
 * An office as scheduling published it, with the district of its municipality.
 *
 * @param kind {@code SECRETARIAT} or {@code PARTNER_DESK}, as in scheduling's contract
 */
public record KnownOffice(String officeId, String municipalityId, String districtId, OfficeKind kind) {

    /** Whether it is a partner's help desk rather than a municipal secretariat office. */
    public boolean isPartnerDesk() {
        return kind == OfficeKind.PARTNER_DESK;
    }

    public enum OfficeKind {
        SECRETARIAT,
        PARTNER_DESK
    }
}
