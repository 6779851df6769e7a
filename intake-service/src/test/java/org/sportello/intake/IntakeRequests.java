package org.sportello.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bodies of {@code POST /api/contacts}, as mutable maps so that a test can spoil exactly one field
 * (a map, not the request record, because some bodies the tests send are not valid requests).
 */
public final class IntakeRequests {

    /** The office of every contact here: the tests' intake knows it (see {@link RunningIntake}). */
    public static final String OFFICE = "monza-san-rocco";

    private IntakeRequests() {
    }

    /** A walk-in contact of the citizen half an hour ago; {@code citizenId} null for an anonymous one. */
    public static Map<String, Object> contactOf(UUID citizenId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("citizenId", citizenId == null ? null : citizenId.toString());
        body.put("officeId", OFFICE);
        body.put("channel", "WALK_IN");
        body.put("occurredAt", Instant.now().minus(30, ChronoUnit.MINUTES).toString());
        body.put("operators", new ArrayList<>(List.of(Map.of("operatorId", "op-0173", "role", "SOCIAL_WORKER"))));
        Map<String, Object> need = new LinkedHashMap<>();
        need.put("userArea", "POVERTY_AND_ADULT_HARDSHIP");
        need.put("categories", List.of("HOUSING", "INCOME"));
        body.put("needs", new ArrayList<>(List.of(need)));
        body.put("outcomes", new ArrayList<>(List.of("ORIENTATION", "APPOINTMENT_PROPOSED")));
        body.put("notes", "Worried about the rent; asked about the municipal housing fund.");
        return body;
    }

    public static Map<String, Object> anonymousContact() {
        return contactOf(null);
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
