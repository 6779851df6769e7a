package org.sportello.referral.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a referral's personal details with its citizen: the referral records the erasure and the
 * citizen's key is shredded, in one transaction, so that from its commit every copy of the details
 * (events, the read table, backups) reads as erased. Lock order: the referral, then the key's row.
 */
@Component
public class ReferralErasure {

    private final Repository<Referral> referrals;
    private final ReferralDataKeys keys;

    public ReferralErasure(Repository<Referral> referrals, ReferralDataKeys keys) {
        this.referrals = referrals;
        this.keys = keys;
    }

    @CommandHandler
    public void handle(EraseReferralPersonalData command) {
        referrals.load(command.referralId().toString()).execute(referral -> {
            referral.erasePersonalData(command);
            keys.shredCitizen(referral.citizenId());
        });
    }
}
