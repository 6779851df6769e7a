package org.sportello.intake.citizen;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/citizens}: shape and limits only; the fiscal code checks itself. */
public record RegisterCitizenRequest(
        @NotBlank @Size(max = 16) String fiscalCode,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @PlausibleBirthDate LocalDate birthDate,
        @NotNull Sex sex,
        @NotBlank @Size(max = 100) String municipalityOfResidence,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]{5,40}", message = "must be a phone number") String phone,
        @Size(max = 254) @Email String email) {

    public RegisterCitizenRequest {
        // Blanks around a pasted code do not change which code was meant, so they do not count
        // against its 16 characters.
        fiscalCode = fiscalCode == null ? null : fiscalCode.strip();
    }

    PersonalData personalData() {
        return new PersonalData(FiscalCode.of(fiscalCode), firstName.strip(), lastName.strip(), birthDate, sex,
                municipalityOfResidence.strip(), phone, email);
    }
}
