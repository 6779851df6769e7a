package org.sportello.intake.citizen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.sportello.client.FiscalCodes;

/**
 * People to register, in tests. {@link #marioRossi()} is one fixed person for aggregate tests;
 * {@link #aNewPerson()} is someone nobody has registered yet, with a fiscal code of their own and
 * names, phone and e-mail distinctive enough to be searched for on the wire.
 */
public final class CitizenFixture {

    public static final CitizenId CITIZEN_ID = new CitizenId(UUID.fromString("6b0f3c5e-2a47-4f7e-9d1c-3a5b7c9d1e2f"));
    public static final CitizenId OTHER_CITIZEN_ID = new CitizenId(UUID.fromString("0c4e8a2b-6d1f-4b3a-8e5c-7f9a1b3c5d7e"));
    public static final Instant REGISTERED_AT = Instant.parse("2025-03-12T09:00:00Z");

    /** Mario Rossi, male, born 1 January 1980 in Rome (H501): a published example code. */
    public static final String MARIO_ROSSI_CODE = "RSSMRA80A01H501U";
    public static final LocalDate MARIO_ROSSI_BORN = LocalDate.of(1980, 1, 1);

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private CitizenFixture() {
    }

    public static PersonalData marioRossi() {
        return aPerson().personalData();
    }

    /** Mario Rossi as a builder, to change one thing about him. */
    public static Person aPerson() {
        return new Person(MARIO_ROSSI_CODE, "Mario", "Rossi", MARIO_ROSSI_BORN, Sex.M, "Monza", "+39 039 123456",
                "mario.rossi@example.org");
    }

    /** Someone not registered yet: a random well-formed fiscal code that matches a random birth date and sex. */
    public static Person aNewPerson() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return aNewPersonBornOn(LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    /** Someone not registered yet, born on that day, with a fiscal code of their own that says so. */
    public static Person aNewPersonBornOn(LocalDate born) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
        String tag = letters(8);
        // Made by infra/testing, not by FiscalCode itself: a fixture must not borrow the code under test.
        String fiscalCode = FiscalCodes.generate(random, born, sex.name().charAt(0), "F704");
        return new Person(fiscalCode, "Ermenegilda" + tag, "Zoppolato" + tag,
                born, sex, "Monza", "+39 02 " + (1_000_000 + random.nextInt(8_999_999)),
                "e.zoppolato." + tag.toLowerCase() + "@example.org");
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return letters.toString();
    }

    /** A person as an operator would type them in. */
    public record Person(String fiscalCode, String firstName, String lastName, LocalDate birthDate, Sex sex,
                         String municipalityOfResidence, String phone, String email) {

        public Person withFiscalCode(String fiscalCode) {
            return new Person(fiscalCode, firstName, lastName, birthDate, sex, municipalityOfResidence, phone, email);
        }

        public Person withBirthDate(LocalDate birthDate) {
            return new Person(fiscalCode, firstName, lastName, birthDate, sex, municipalityOfResidence, phone, email);
        }

        public Person withSex(Sex sex) {
            return new Person(fiscalCode, firstName, lastName, birthDate, sex, municipalityOfResidence, phone, email);
        }

        public PersonalData personalData() {
            return new PersonalData(FiscalCode.of(fiscalCode), firstName, lastName, birthDate, sex,
                    municipalityOfResidence, phone, email);
        }

        /** The body of {@code POST /api/citizens}, mutable so a test can spoil one field. */
        public Map<String, Object> registrationRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fiscalCode", fiscalCode);
            body.put("firstName", firstName);
            body.put("lastName", lastName);
            body.put("birthDate", birthDate.toString());
            body.put("sex", sex.name());
            body.put("municipalityOfResidence", municipalityOfResidence);
            body.put("phone", phone);
            body.put("email", email);
            return body;
        }
    }
}
