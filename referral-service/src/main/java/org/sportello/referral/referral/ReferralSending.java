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
import org.sportello.platform.time.RecordedTime;

/**
 * Sends a referral from what referral knows: the case as intake published it, the office as
 * scheduling did, the provider as registered here; checks the time it was sent (now, or a time
 * given for a referral recorded after the fact: not in the future, not beyond the backdating
 * limit); then counts the provider's response deadline in working days from then, so a referral
 * recorded late may already be past its deadline, and the next deadline check finds it. The
 * referral itself checks consent and the case's state.
 */
@Component
public class ReferralSending {

    private final Repository<Referral> referrals;
    private final KnownCases cases;
    private final KnownOffices offices;
    private final ProviderDirectory providers;
    private final WorkingDays workingDays;
    private final ReferralSettings settings;

    public ReferralSending(Repository<Referral> referrals, KnownCases cases, KnownOffices offices,
                           ProviderDirectory providers, WorkingDays workingDays, ReferralSettings settings) {
        this.referrals = referrals;
        this.cases = cases;
        this.offices = offices;
        this.providers = providers;
        this.workingDays = workingDays;
        this.settings = settings;
    }

    @CommandHandler
    public ReferralId handle(SendReferral command) throws Exception {
        KnownCase knownCase = cases.find(command.caseId()).orElseThrow(() -> new UnknownCase(command.caseId()));
        if (offices.office(command.fromOfficeId()).isEmpty()) {
            throw new UnknownOffice(command.fromOfficeId());
        }
        RegisteredProvider provider = providers.find(command.providerId())
                .orElseThrow(() -> new UnknownProvider(command.providerId()));
        RecordedTime.notInFuture("sentAt", command.sentAt(), command.now());
        RecordedTime.notBackdatedBeyond("sentAt", command.sentAt(), command.now(), settings.backdatingLimit());
        var dueBy = workingDays.dueBy(command.sentAt(), provider.responseDeadlineWorkingDays());
        Deadline deadline = new Deadline(dueBy, workingDays.passedAt(dueBy));
        referrals.newInstance(() -> new Referral(command, knownCase, provider, deadline));
        return command.referralId();
    }
}
