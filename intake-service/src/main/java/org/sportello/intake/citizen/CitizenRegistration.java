package org.sportello.intake.citizen;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Registers a citizen once per fiscal code, also under concurrent requests. */
@Component
public class CitizenRegistration {

    private final Repository<Citizen> citizens;
    private final FiscalCodeRegistry fiscalCodes;

    public CitizenRegistration(Repository<Citizen> citizens, FiscalCodeRegistry fiscalCodes) {
        this.citizens = citizens;
        this.fiscalCodes = fiscalCodes;
    }

    @CommandHandler
    public CitizenId handle(RegisterCitizen command) throws Exception {
        PersonalData person = command.personalData();
        // Before the claim: a code that encodes another birth date or sex belongs to someone else,
        // or was mistyped, and whoever typed it must not learn which citizen holds it.
        person.fiscalCode().checkMatches(person.birthDate(), person.sex());
        fiscalCodes.claim(person.fiscalCode(), command.citizenId()).ifPresent(existing -> {
            throw new CitizenAlreadyRegistered(existing);
        });
        citizens.newInstance(() -> new Citizen(command));
        return command.citizenId();
    }
}
