package org.sportello.intake.citizen;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.platform.personaldata.Personal;

/**
 * Internal: holds personal data and therefore stays in intake's event store, sealed under the
 * citizen's data key (revision 2; {@code PlainPersonalDataUpcaster} reads revision 1, stored in plain).
 */
@Revision(CitizenRegistered.REVISION)
public record CitizenRegistered(CitizenId citizenId, Personal<PersonalData> personalData, Instant registeredAt) {

    public static final String REVISION = "2";
}
