package org.sportello.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.sportello.testing.api.FiscalCodes;
import org.sportello.testing.api.SportelloApi;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds requests as a front desk would send them. */
final class Contacts {

    private Contacts() {
    }

    static UUID registerCitizen(SportelloApi intake, Random random) {
        LocalDate birthDate = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        char sex = random.nextBoolean() ? 'F' : 'M';
        var answer = intake.post("/api/citizens", Map.of(
                "fiscalCode", FiscalCodes.generate(random, birthDate, sex, "F704"),
                "firstName", "Test", "lastName", "Citizen", "birthDate", birthDate.toString(),
                "sex", String.valueOf(sex), "municipalityOfResidence", "Monza"));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return UUID.fromString(answer.json().get("citizenId").asString());
    }

    static SportelloApi.Answer record(SportelloApi intake, UUID citizenId, String officeId, Instant occurredAt) {
        var body = new java.util.HashMap<String, Object>();
        body.put("citizenId", citizenId);
        body.put("officeId", officeId);
        body.put("channel", "WALK_IN");
        body.put("occurredAt", occurredAt.toString());
        body.put("operators", List.of(Map.of("operatorId", "operator-1", "role", "SOCIAL_WORKER")));
        body.put("needs", List.of(Map.of("userArea", "POVERTY_AND_ADULT_HARDSHIP", "categories", List.of("INCOME"))));
        body.put("outcomes", List.of("INFORMATION_GIVEN"));
        return intake.post("/api/contacts", body);
    }
}
