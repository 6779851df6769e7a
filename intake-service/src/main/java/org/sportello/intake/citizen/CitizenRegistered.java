package org.sportello.intake.citizen;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Internal: holds personal data and therefore stays in intake's event store. */
@Revision("1")
public record CitizenRegistered(CitizenId citizenId, PersonalData personalData, Instant registeredAt) {
}
