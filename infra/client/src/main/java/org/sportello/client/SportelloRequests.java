package org.sportello.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Request bodies as a front desk sends them, for the system tests, the launcher's tests and the
 * benchmark: one place that follows intake's API when it changes.
 */
public final class SportelloRequests {

    private SportelloRequests() {
    }

    /** A made-up person born 1940-2004 in Monza, with a valid fiscal code. */
    public static Map<String, Object> citizen(RandomGenerator random) {
        LocalDate birthDate = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        char sex = random.nextBoolean() ? 'F' : 'M';
        return Map.of("fiscalCode", FiscalCodes.generate(random, birthDate, sex, "F704"),
                "firstName", "Test", "lastName", "Citizen", "birthDate", birthDate.toString(),
                "sex", String.valueOf(sex), "municipalityOfResidence", "Monza");
    }

    /** A walk-in contact with a social worker; {@code citizenId} null makes it anonymous. */
    public static Map<String, Object> walkInContact(UUID citizenId, String officeId, Instant occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("citizenId", citizenId);
        body.put("officeId", officeId);
        body.put("channel", "WALK_IN");
        body.put("occurredAt", occurredAt.toString());
        body.put("operators", List.of(Map.of("operatorId", "operator-1", "role", "SOCIAL_WORKER")));
        body.put("needs", List.of(Map.of("userArea", "POVERTY_AND_ADULT_HARDSHIP", "categories", List.of("INCOME"))));
        body.put("outcomes", List.of("INFORMATION_GIVEN"));
        return body;
    }

    /** The id a successful registration answered, or the existing citizen's on a 409. */
    public static UUID citizenId(SportelloApi.Answer answer) {
        return UUID.fromString(answer.json().get("citizenId").asString());
    }
}
