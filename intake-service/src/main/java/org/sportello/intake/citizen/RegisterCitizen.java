package org.sportello.intake.citizen;

import java.time.Instant;

/** Register a person with the service; the controller chooses the new citizenId. */
public record RegisterCitizen(CitizenId citizenId, PersonalData personalData, Instant registeredAt) {
}
