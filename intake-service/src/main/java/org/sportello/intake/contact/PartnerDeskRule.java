package org.sportello.intake.contact;

import java.util.List;

import org.sportello.intake.office.OfficeId;
import org.sportello.intake.office.OfficeKind;

/**
 * Who records a contact where, and how. A partner desk (segretariato sociale diffuso) records
 * orientations at its own desk office only, by channel {@code PARTNER_DESK}, held by its volunteers;
 * the municipality's staff record at its other offices, where {@code PARTNER_DESK} is no channel.
 *
 * <p>Why so strict: researchers count contacts per office, channel and operator role. A desk office's
 * figures are the desk's orientations, and staff recording there (or a desk recording at a secretariat
 * office) would mix the municipality's first access with a partner's; a volunteer counted as a social
 * worker would inflate the professionals' work; and referral-service takes a {@code PARTNER_DESK}
 * contact as one a desk recorded at that office ({@code POST /api/desk-referrals} names it).
 */
final class PartnerDeskRule {

    private PartnerDeskRule() {
    }

    static void check(Recorder recorder, OfficeKind kind, ContactDetails details) {
        OfficeId officeId = details.officeId();
        if (recorder == Recorder.PARTNER_DESK) {
            // The office first: a desk at the wrong office is wrong whatever channel it names.
            if (kind != OfficeKind.PARTNER_DESK) {
                throw new NotAPartnerDeskOffice(officeId, kind);
            }
            if (details.channel() != Channel.PARTNER_DESK) {
                throw new PartnerDeskChannelRequired(details.channel());
            }
            List<Operator> operators = details.operators();
            for (int i = 0; i < operators.size(); i++) {
                if (operators.get(i).role() != OperatorRole.PARTNER_VOLUNTEER) {
                    throw new PartnerVolunteersOnly(i, operators.get(i).role());
                }
            }
            return;
        }
        if (kind == OfficeKind.PARTNER_DESK) {
            throw new OfficeOfAPartnerDesk(officeId);
        }
        if (details.channel() == Channel.PARTNER_DESK) {
            throw new PartnerDeskChannelOutsideDesks(officeId);
        }
    }
}
