package org.sportello.intake.citizen;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The citizen register that operators read; written in the registration's own transaction. */
@Component
@ProcessingGroup("intake-projections")
public class CitizenProjection {

    /** A citizen as operators see it, with the open case if there is one. */
    public record CitizenView(
            UUID citizenId,
            @Schema(minLength = RegisterCitizenRequest.FISCAL_CODE_LENGTH, maxLength = RegisterCitizenRequest.FISCAL_CODE_LENGTH, pattern = RegisterCitizenRequest.FISCAL_CODE)
            String fiscalCode,
            @Schema(minLength = 1, maxLength = RegisterCitizenRequest.MAX_NAME, pattern = RegisterCitizenRequest.ONE_LINE) String firstName,
            @Schema(minLength = 1, maxLength = RegisterCitizenRequest.MAX_NAME, pattern = RegisterCitizenRequest.ONE_LINE) String lastName,
            LocalDate birthDate, Sex sex,
            @Schema(minLength = 1, maxLength = RegisterCitizenRequest.MAX_NAME, pattern = RegisterCitizenRequest.ONE_LINE) String municipalityOfResidence,
            @Schema(maxLength = RegisterCitizenRequest.MAX_PHONE, pattern = "^" + RegisterCitizenRequest.PHONE + "$") String phone,
            @Schema(maxLength = RegisterCitizenRequest.MAX_EMAIL, format = "email") String email,
            Instant registeredAt, UUID openCaseId) {
    }

    private final JdbcClient jdbc;

    public CitizenProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CitizenRegistered event) {
        PersonalData person = event.personalData();
        jdbc.sql("""
                INSERT INTO citizen (citizen_id, fiscal_code, first_name, last_name, birth_date, sex,
                                     municipality_of_residence, phone, email, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.citizenId().value(), person.fiscalCode().value(), person.firstName(),
                        person.lastName(), person.birthDate(), person.sex().name(),
                        person.municipalityOfResidence(), person.phone(), person.email(),
                        Timestamp.from(event.registeredAt()))
                .update();
    }

    public Optional<CitizenView> find(CitizenId citizenId) {
        return jdbc.sql("SELECT * FROM citizen WHERE citizen_id = ?")
                .param(citizenId.value())
                .query((rs, n) -> new CitizenView(rs.getObject("citizen_id", UUID.class), rs.getString("fiscal_code"),
                        rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                        rs.getString("municipality_of_residence"), rs.getString("phone"), rs.getString("email"),
                        rs.getTimestamp("registered_at").toInstant(), rs.getObject("open_case_id", UUID.class)))
                .optional();
    }
}
