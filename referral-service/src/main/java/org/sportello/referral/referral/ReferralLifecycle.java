package org.sportello.referral.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** A referral's answers and endings, and the deadline check's verdict: each decided by the referral. */
@Component
public class ReferralLifecycle {

    private final Repository<Referral> referrals;

    public ReferralLifecycle(Repository<Referral> referrals) {
        this.referrals = referrals;
    }

    @CommandHandler
    public void handle(AcceptReferral command) {
        referrals.load(command.referralId().toString()).execute(referral -> referral.accept(command));
    }

    @CommandHandler
    public void handle(RejectReferral command) {
        referrals.load(command.referralId().toString()).execute(referral -> referral.reject(command));
    }

    @CommandHandler
    public void handle(CompleteReferral command) {
        referrals.load(command.referralId().toString()).execute(referral -> referral.complete(command));
    }

    @CommandHandler
    public void handle(WithdrawReferral command) {
        referrals.load(command.referralId().toString()).execute(referral -> referral.withdraw(command));
    }

    @CommandHandler
    public void handle(RecordConsentWithdrawal command) {
        referrals.load(command.referralId().toString()).execute(referral -> referral.withdrawConsent(command));
    }

    @CommandHandler
    public void handle(MarkReferralOverdue command) {
        referrals.load(command.referralId().toString()).execute(referral -> referral.markOverdue(command));
    }
}
