package org.sportello.intake.citizen;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/citizens}: shape and limits only; the fiscal code checks itself. Every
 * limit here is one the OpenAPI document states, so each must be enforced exactly as written.
 */
public record RegisterCitizenRequest(
        @NotBlank @Size(max = FISCAL_CODE_AS_TYPED_LENGTH) @Pattern(regexp = FISCAL_CODE_AS_TYPED,
                message = "must be the 16 letters and digits of a fiscal code, such as RSSMRA80A01H501U")
        String fiscalCode,
        @NotBlank @Size(max = MAX_NAME) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String firstName,
        @NotBlank @Size(max = MAX_NAME) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String lastName,
        @NotNull @PlausibleBirthDate LocalDate birthDate,
        @NotNull Sex sex,
        @NotBlank @Size(max = MAX_NAME) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
        String municipalityOfResidence,
        @Size(max = MAX_PHONE) @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
        @Size(max = MAX_EMAIL) @Email String email) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 40;
    public static final int MAX_EMAIL = 254;
    public static final String PHONE = "\\+?[0-9 ()./-]{5,40}";

    /**
     * A name is one line: no control character at all, tab and line breaks included. (The
     * platform's JSON reader already refuses every other control character in every string.)
     */
    public static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F]*$";
    static final String ONE_LINE_MESSAGE = "must be one line, without tabs or control characters";

    /**
     * A fiscal code as people type or paste it: FiscalCode.of upper-cases it and strips the blanks
     * around it, so lower case and a few blanks are let in, and the pattern says so. The pattern
     * and the length are checked on the value as sent, so the document's limits are the server's.
     * Layout, check character and day are FiscalCode.of's to check, with a reason for each.
     */
    static final String FISCAL_CODE_AS_TYPED = "^[ \\t\\r\\n]{0,8}[A-Za-z0-9]{16}[ \\t\\r\\n]{0,8}$";
    static final int FISCAL_CODE_AS_TYPED_LENGTH = 32;

    /** A fiscal code as stored and shown: FiscalCode.of's upper-case 16 characters. */
    public static final String FISCAL_CODE = "^[A-Z0-9]{16}$";
    public static final int FISCAL_CODE_LENGTH = 16;

    PersonalData personalData() {
        return new PersonalData(FiscalCode.of(fiscalCode), firstName.strip(), lastName.strip(), birthDate, sex,
                municipalityOfResidence.strip(), phone, email);
    }
}
