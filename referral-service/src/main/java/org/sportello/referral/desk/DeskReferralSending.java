package org.sportello.referral.desk;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.sportello.referral.known.KnownContacts;
import org.sportello.referral.known.KnownDeskContact;
import org.sportello.referral.known.KnownOffice;
import org.sportello.referral.known.KnownOffices;
import org.springframework.stereotype.Component;

/**
 * Sends a desk referral from a partner desk scheduling published to a secretariat office of the
 * same district, for a contact intake published as recorded at that desk, once per contact.
 */
@Component
public class DeskReferralSending {

    private final Repository<DeskReferral> referrals;
    private final KnownOffices offices;
    private final KnownContacts contacts;
    private final DeskContactClaims claims;

    public DeskReferralSending(Repository<DeskReferral> referrals, KnownOffices offices, KnownContacts contacts,
                               DeskContactClaims claims) {
        this.referrals = referrals;
        this.offices = offices;
        this.contacts = contacts;
        this.claims = claims;
    }

    @CommandHandler
    public DeskReferralId handle(SendDeskReferral command) throws Exception {
        KnownOffice desk = offices.office(command.fromOfficeId())
                .filter(KnownOffice::isPartnerDesk)
                .orElseThrow(() -> new NotAPartnerDesk(command.fromOfficeId()));
        KnownOffice secretariat = offices.office(command.toOfficeId())
                .orElseThrow(() -> new NotASecretariatOfTheDistrict(command.toOfficeId(), "is not an office scheduling "
                        + "has published"));
        if (secretariat.isPartnerDesk()) {
            throw new NotASecretariatOfTheDistrict(command.toOfficeId(), "is a partner desk, not a secretariat office");
        }
        if (!secretariat.districtId().equals(desk.districtId())) {
            throw new NotASecretariatOfTheDistrict(command.toOfficeId(), "is in district " + secretariat.districtId()
                    + ", not in the desk's " + desk.districtId());
        }
        KnownDeskContact contact = contacts.deskContact(command.contactId())
                .filter(known -> known.officeId().equals(desk.officeId()))
                .orElseThrow(() -> new UnknownDeskContact(command.contactId(), desk.officeId()));
        if (!claims.claim(contact.contactId(), command.deskReferralId())) {
            throw new ContactAlreadyReferred(contact.contactId());
        }
        referrals.newInstance(() -> new DeskReferral(command, desk.districtId()));
        return command.deskReferralId();
    }
}
