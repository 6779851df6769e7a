package org.sportello.referral.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.sportello.referral.calendar.WorkingDays;
import org.sportello.referral.known.KnownCase;
import org.sportello.referral.known.KnownCases;
import org.sportello.referral.known.KnownOffices;
import org.sportello.referral.provider.ProviderDirectory;
import org.sportello.referral.provider.RegisteredProvider;
import org.springframework.stereotype.Component;

/**
 * Sends a referral from what referral knows: the case as intake published it, the office as
 * scheduling did, the provider as registered here; then counts the provider's response deadline in
 * working days from now. The referral itself checks consent and the case's state.
 */
@Component
public class ReferralSending {

    private final Repository<Referral> referrals;
    private final KnownCases cases;
    private final KnownOffices offices;
    private final ProviderDirectory providers;
    private final WorkingDays workingDays;

    public ReferralSending(Repository<Referral> referrals, KnownCases cases, KnownOffices offices,
                           ProviderDirectory providers, WorkingDays workingDays) {
        this.referrals = referrals;
        this.cases = cases;
        this.offices = offices;
        this.providers = providers;
        this.workingDays = workingDays;
    }

    @CommandHandler
    public ReferralId handle(SendReferral command) throws Exception {
        KnownCase knownCase = cases.find(command.caseId()).orElseThrow(() -> new UnknownCase(command.caseId()));
        if (offices.office(command.fromOfficeId()).isEmpty()) {
            throw new UnknownOffice(command.fromOfficeId());
        }
        RegisteredProvider provider = providers.find(command.providerId())
                .orElseThrow(() -> new UnknownProvider(command.providerId()));
        var dueBy = workingDays.dueBy(command.now(), provider.responseDeadlineWorkingDays());
        Deadline deadline = new Deadline(dueBy, workingDays.passedAt(dueBy));
        referrals.newInstance(() -> new Referral(command, knownCase, provider, deadline));
        return command.referralId();
    }
}
