package org.sportello.intake.citizen;

import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a citizen in one transaction: the citizen records {@link CitizenErased}, the fiscal
 * code's claim is released (so the same person can be registered again, as a new citizen, and a
 * registration no longer answers with the erased citizen's id), and the data key is shredded, so
 * that everything sealed for the citizen (events, read tables, dead letters, backups of them)
 * reads as erased from the commit on.
 *
 * <p>Lock order: the citizen's aggregate lock (this JVM), then the claim row and the key row
 * (PostgreSQL). Nothing takes those rows first and then a citizen's lock: a registration claims a
 * code before it creates a citizen no one else can know yet, and a contact reads the claim without
 * locking it. A contact racing an erasure may still be sealed under the key a moment before it
 * is shredded: it is then as unreadable as the rest.
 */
@Component
public class CitizenErasure {

    private final Repository<Citizen> citizens;
    private final FiscalCodeRegistry fiscalCodes;
    private final CitizenDataKeys keys;

    public CitizenErasure(Repository<Citizen> citizens, FiscalCodeRegistry fiscalCodes, CitizenDataKeys keys) {
        this.citizens = citizens;
        this.fiscalCodes = fiscalCodes;
        this.keys = keys;
    }

    @CommandHandler
    public void handle(EraseCitizen command) {
        Aggregate<Citizen> citizen = load(command.citizenId())
                .orElseThrow(() -> new CitizenNotFound(command.citizenId()));
        citizen.execute(erased -> erased.erase(command));
        forget(command.citizenId());
    }

    /** After a restore: idempotent, and nothing at all for a citizen the restored database does not know. */
    @CommandHandler
    public void handle(ReapplyErasure command) {
        Optional<Aggregate<Citizen>> citizen = load(command.citizenId());
        if (citizen.isPresent()) {
            citizen.get().execute(erased -> erased.reapplyErasure(command));
            forget(command.citizenId());
        }
    }

    /** What the shredded key does not cover: the claim holds the code in a form that needs no key to match. */
    private void forget(CitizenId citizenId) {
        fiscalCodes.release(citizenId);
        keys.shred(citizenId);
    }

    private Optional<Aggregate<Citizen>> load(CitizenId citizenId) {
        try {
            return Optional.of(citizens.load(citizenId.toString()));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        } catch (IncompatibleAggregateException anotherAggregate) {
            // The id names the events of a case or a contact, which make no citizen.
            return Optional.empty();
        }
    }
}
