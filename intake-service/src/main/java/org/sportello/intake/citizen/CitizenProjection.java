package org.sportello.intake.citizen;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The citizen register that operators read; written in the registration's own transaction. The
 * row holds the person's data only as the ciphertext the event holds, under the citizen's key:
 * once that key is shredded, the row reads as erased like the event does.
 */
@Component
@ProcessingGroup("intake-projections")
public class CitizenProjection {

    /** Erased texts read as this, so that a screen or an export shows that something was there. */
    static final String ERASED = Personal.ERASED_TEXT;
    private static final String ERASED_PATTERN = "|^\\[erased\\]$";

    /**
     * A citizen as operators see it, with the open case if there is one. Once the citizen's data
     * was erased, {@code erased} is true, the texts read {@value Personal#ERASED_TEXT} and the rest is null.
     */
    public record CitizenView(
            UUID citizenId,
            boolean erased,
            @Schema(minLength = 8, maxLength = RegisterCitizenRequest.FISCAL_CODE_LENGTH,
                    pattern = RegisterCitizenRequest.FISCAL_CODE + ERASED_PATTERN)
            String fiscalCode,
            @Schema(minLength = 1, maxLength = RegisterCitizenRequest.MAX_NAME, pattern = RegisterCitizenRequest.ONE_LINE) String firstName,
            @Schema(minLength = 1, maxLength = RegisterCitizenRequest.MAX_NAME, pattern = RegisterCitizenRequest.ONE_LINE) String lastName,
            LocalDate birthDate, Sex sex,
            @Schema(minLength = 1, maxLength = RegisterCitizenRequest.MAX_NAME, pattern = RegisterCitizenRequest.ONE_LINE) String municipalityOfResidence,
            @Schema(maxLength = RegisterCitizenRequest.MAX_PHONE, pattern = "^" + RegisterCitizenRequest.PHONE + "$") String phone,
            @Schema(maxLength = RegisterCitizenRequest.MAX_EMAIL, format = "email") String email,
            Instant registeredAt, UUID openCaseId) {

        static CitizenView of(UUID citizenId, Personal<PersonalData> personal, Instant registeredAt, UUID openCaseId) {
            PersonalData person = personal.orElse(null);
            if (person == null) {
                return new CitizenView(citizenId, true, ERASED, ERASED, ERASED, null, null, ERASED, null, null,
                        registeredAt, openCaseId);
            }
            return new CitizenView(citizenId, false, person.fiscalCode().value(), person.firstName(), person.lastName(),
                    person.birthDate(), person.sex(), person.municipalityOfResidence(), person.phone(), person.email(),
                    registeredAt, openCaseId);
        }
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public CitizenProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(CitizenRegistered event) {
        jdbc.sql("INSERT INTO citizen (citizen_id, personal_data, registered_at) VALUES (?, ?, ?)")
                .params(event.citizenId().value(), cipher.seal(event.personalData()), Timestamp.from(event.registeredAt()))
                .update();
    }

    public Optional<CitizenView> find(CitizenId citizenId) {
        return jdbc.sql("SELECT citizen_id, personal_data, registered_at, open_case_id FROM citizen WHERE citizen_id = ?")
                .param(citizenId.value())
                .query((rs, n) -> CitizenView.of(rs.getObject("citizen_id", UUID.class),
                        cipher.open(citizenId.subject(), rs.getBytes("personal_data"), PersonalData.class),
                        rs.getTimestamp("registered_at").toInstant(), rs.getObject("open_case_id", UUID.class)))
                .optional();
    }
}
