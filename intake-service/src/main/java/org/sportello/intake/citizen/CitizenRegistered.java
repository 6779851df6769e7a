package org.sportello.intake.citizen;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.platform.personaldata.Personal;

/**
 * Internal: holds personal data and therefore stays in intake's event store, sealed under the
 * citizen's data key (revision 2; {@code PlainPersonalDataUpcaster} reads revision 1, stored in plain).
 *
 * @param birthYear the year of the birth date in {@code personalData}, and {@code sex} its sex, in
 *                  plain beside it: the two generalised attributes intake publishes for research's
 *                  age bands (CitizenRegistered.v1). The relay never opens sealed personal data, and
 *                  reading it there would be a read of personal data for every citizen, so the
 *                  registration copies them here. Null in events stored before they were added (still
 *                  revision 2: absent properties read as null, no upcaster needed), which are published
 *                  without them. Unlike the sealed data they outlive the shredding of the citizen's
 *                  key, as the published event on the topic does: the year and the sex only, never the
 *                  date, tied to no one but the pseudonymous id.
 */
@Revision(CitizenRegistered.REVISION)
public record CitizenRegistered(CitizenId citizenId, Personal<PersonalData> personalData, Instant registeredAt,
                                Integer birthYear, Sex sex) {

    public static final String REVISION = "2";

    /** At registration: the year and the sex taken from the person's data as given. */
    static CitizenRegistered of(CitizenId citizenId, PersonalData person, Instant registeredAt) {
        return new CitizenRegistered(citizenId, Personal.of(citizenId.subject(), person), registeredAt,
                person.birthDate() == null ? null : person.birthDate().getYear(), person.sex());
    }
}
