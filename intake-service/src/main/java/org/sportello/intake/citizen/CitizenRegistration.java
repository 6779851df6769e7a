package org.sportello.intake.citizen;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.caller.CurrentCaller;
import org.springframework.stereotype.Component;

/** Registers a citizen once per fiscal code, also under concurrent requests. */
@Component
public class CitizenRegistration {

    static final String CONFLICT_READ = "fiscal code conflict";

    private final Repository<Citizen> citizens;
    private final FiscalCodeRegistry fiscalCodes;
    private final PersonalDataReads reads;

    public CitizenRegistration(Repository<Citizen> citizens, FiscalCodeRegistry fiscalCodes, PersonalDataReads reads) {
        this.citizens = citizens;
        this.fiscalCodes = fiscalCodes;
        this.reads = reads;
    }

    @CommandHandler
    public CitizenId handle(RegisterCitizen command) throws Exception {
        PersonalData person = command.personalData();
        // Before the claim: a code that encodes another birth date or sex belongs to someone else,
        // or was mistyped, and whoever typed it must not learn which citizen holds it.
        person.fiscalCode().checkMatches(person.birthDate(), person.sex());
        var existing = fiscalCodes.claim(person.fiscalCode(), command.citizenId());
        if (existing.isPresent()) {
            // The answer names the citizen who holds the code: a read of their personal data,
            // logged in a transaction of its own because this command's is about to roll back.
            reads.recordDespiteRollback(existing.get(), CurrentCaller.get().map(Caller::id).orElse(null),
                    CONFLICT_READ);
            throw new CitizenAlreadyRegistered(existing.get());
        }
        citizens.newInstance(() -> new Citizen(command));
        return command.citizenId();
    }
}
