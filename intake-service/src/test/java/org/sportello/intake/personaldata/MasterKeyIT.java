package org.sportello.intake.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeOnItsOwn;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.platform.personaldata.InvalidMasterKey;

import tools.jackson.databind.JsonNode;

/**
 * The master key as an operator meets it: the service will not start without one, nor with
 * another key than its data keys are wrapped with; a rotation re-wraps the data keys and leaves
 * every stored event as it was.
 */
class MasterKeyIT {

    private static final String NOTES = "Spoke of debts with a loan shark she would not name.";

    private final Map<String, Object> intake = IntakeOnItsOwn.settings("intake_master_key");

    @Test
    void withoutAMasterKeyTheServiceRefusesToStart() {
        assertThat(refusal(() -> IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, "", ""))))
                .isInstanceOf(InvalidMasterKey.class)
                .hasMessageContaining("SPORTELLO_MASTER_KEY")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aMasterKeyThatIsNot32BytesIsRefused() {
        assertThat(refusal(() -> IntakeOnItsOwn.start(
                IntakeOnItsOwn.withMasterKeys(intake, Base64.getEncoder().encodeToString(new byte[16]), ""))))
                .isInstanceOf(InvalidMasterKey.class)
                .hasMessageContaining("16 bytes, not 32");
    }

    @Test
    void anotherMasterKeyThanTheKeysWereWrappedWithIsRefusedAtStart() {
        String first = IntakeOnItsOwn.newMasterKey();
        try (var running = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, first, ""))) {
            running.api().register(aNewPerson());
        }

        assertThat(refusal(() -> IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, IntakeOnItsOwn.newMasterKey(), ""))))
                .isInstanceOf(InvalidMasterKey.class)
                .hasMessageContaining("SPORTELLO_PREVIOUS_MASTER_KEY");
    }

    @Test
    void aRotationRewrapsTheDataKeysAndLeavesTheEventsUntouched() {
        String oldKey = IntakeOnItsOwn.newMasterKey();
        String newKey = IntakeOnItsOwn.newMasterKey();
        Person person = aNewPerson();
        UUID citizenId;
        UUID contactId;
        List<Map<String, Object>> eventsBefore;
        try (var running = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, oldKey, ""))) {
            citizenId = running.api().register(person);
            contactId = running.api().recordContact(with(contactOf(citizenId), "notes", NOTES)).contactId();
            eventsBefore = storedEvents(running);
        }

        try (var rotating = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, newKey, oldKey))) {
            IntakeApi api = rotating.api();
            assertThat(api.get("/api/citizens/" + citizenId).json().path("lastName").asString())
                    .isEqualTo(person.lastName());
            Response rewrapped = api.post("/api/admin/data-keys/rewrap", Map.of());
            // post() sends the operator's token: only an administrator may rotate.
            assertThat(rewrapped.status()).isEqualTo(403);
            rewrapped = api.postJson("/api/admin/data-keys/rewrap", "{}", IntakeApi.ADMIN);
            assertThat(rewrapped.status()).as(rewrapped.body()).isEqualTo(200);
            assertThat(rewrapped.json().path("dataKeys").asInt()).isPositive();
            assertThat(rewrapped.json().path("serviceKeys").asInt()).isEqualTo(1);
            JsonNode counts = api.get("/api/admin/data-keys", IntakeApi.ADMIN).json();
            assertThat(counts.path("wrappedByOtherKeys").asLong()).isZero();
            assertThat(counts.path("masterKeyId").asString()).isEqualTo(rewrapped.json().path("masterKeyId").asString());
        }

        try (var rotated = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, newKey, ""))) {
            IntakeApi api = rotated.api();
            JsonNode citizen = api.get("/api/citizens/" + citizenId).json();
            assertThat(citizen.path("fiscalCode").asString()).isEqualTo(person.fiscalCode());
            assertThat(citizen.path("erased").asBoolean()).isFalse();
            assertThat(api.get("/api/contacts/" + contactId).json().path("notes").asString()).isEqualTo(NOTES);
            // The same fiscal code is still found: the claim's hash key was re-wrapped, not replaced.
            assertThat(api.post("/api/citizens", person.registrationRequest()).status()).isEqualTo(409);
            assertThat(storedEvents(rotated)).isEqualTo(eventsBefore);
        }
    }

    @Test
    void aKeyMissingFromTheDatabaseIsALoudErrorNotAnErasure() {
        String key = IntakeOnItsOwn.newMasterKey();
        UUID citizenId;
        try (var running = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, key, ""))) {
            citizenId = running.api().register(aNewPerson());
        }
        try (var running = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, key, ""))) {
            running.jdbc().sql("DELETE FROM data_key WHERE subject_id = ?").param(citizenId).update();

            Response citizen = running.api().get("/api/citizens/" + citizenId);

            assertThat(citizen.status()).isEqualTo(500);
            assertThat(citizen.body()).doesNotContain("erased\":true");
        }
    }

    /** Why the start failed: the innermost cause, which is what an operator reads at the end of the log. */
    private static Throwable refusal(ThrowingCallable start) {
        Throwable thrown = catchThrowable(start);
        assertThat(thrown).as("the service must not start").isNotNull();
        while (thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        return thrown;
    }

    private static List<Map<String, Object>> storedEvents(IntakeOnItsOwn running) {
        return running.jdbc().sql("SELECT global_index, payload_type, payload FROM domain_event_entry ORDER BY global_index")
                .query((rs, n) -> Map.<String, Object>of("index", rs.getLong(1), "type", rs.getString(2),
                        "payload", Base64.getEncoder().encodeToString(rs.getBytes(3))))
                .list();
    }
}
