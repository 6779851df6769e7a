package org.sportello.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.sportello.client.SportelloApi;
import org.sportello.client.SportelloRequests;

/** Registers citizens and records contacts as a front desk would. */
final class Contacts {

    private Contacts() {
    }

    static UUID registerCitizen(SportelloApi intake, Random random) {
        var answer = intake.post("/api/citizens", SportelloRequests.citizen(random));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return SportelloRequests.citizenId(answer);
    }

    static SportelloApi.Answer record(SportelloApi intake, UUID citizenId, String officeId, Instant occurredAt) {
        return intake.post("/api/contacts", SportelloRequests.walkInContact(citizenId, officeId, occurredAt));
    }
}
