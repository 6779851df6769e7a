package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.platform.problem.DomainException;

/**
 * Check characters below were computed with an implementation independent of {@link FiscalCode}
 * (the published per-character table), after confirming it against published codes.
 */
class FiscalCodeTest {

    /** Mario Rossi, male, born 1 January 1980 in Rome (H501). */
    private static final String MARIO_ROSSI = "RSSMRA80A01H501U";
    private static final LocalDate MARIO_BORN = LocalDate.of(1980, 1, 1);

    /** Laura Bianchi, female, born 15 December 1985 in Turin (L219): day 15 + 40 = 55. */
    private static final String LAURA_BIANCHI = "BNCLRA85T55L219B";
    private static final LocalDate LAURA_BORN = LocalDate.of(1985, 12, 15);

    /** Mario Rossi's code with the municipality's last two digits replaced (0 -> L, 1 -> M). */
    private static final String MARIO_ROSSI_OMOCODIC = "RSSMRA80A01H5LMX";

    /** Mario Rossi's code with all seven digits replaced by their omocodia letters. */
    private static final String MARIO_ROSSI_FULLY_OMOCODIC = "RSSMRAULALMHRLMD";

    @ParameterizedTest
    @ValueSource(strings = {MARIO_ROSSI, "MRTMTT25D09F205Z", "RSSMRA85T10A562S"})
    void acceptsPublishedExampleCodes(String code) {
        assertThat(FiscalCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void readsMaleSexFromDayUpTo31() {
        assertThat(FiscalCode.of(MARIO_ROSSI).sex()).isEqualTo(Sex.M);
    }

    @Test
    void readsFemaleSexFromDayPlus40() {
        assertThat(FiscalCode.of(LAURA_BIANCHI).sex()).isEqualTo(Sex.F);
    }

    @Test
    void ignoresSurroundingBlanksAndLowerCase() {
        assertThat(FiscalCode.of("  rssmra80a01h501u\t\n")).isEqualTo(new FiscalCode(MARIO_ROSSI));
    }

    @Test
    void storedCodeIsTakenAsItWasEvenWhereTodaysRulesRefuseIt() {
        // A code in a stored CitizenRegistered was accepted then; a rule tightened since must not stop it loading.
        assertThatCode(() -> new FiscalCode("rssmra80a01h501u")).doesNotThrowAnyException();
        assertThatThrownBy(() -> FiscalCode.of("RSSMRA80A01H501A")).isInstanceOf(InvalidFiscalCode.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingCodeIsInvalid(String raw) {
        assertInvalid(() -> FiscalCode.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80A01H501", "RSSMRA80A01H501UX", "RSSMRA80A01H50 1U"})
    void codeNotSixteenCharactersLongIsInvalid(String raw) {
        assertInvalid(() -> FiscalCode.of(raw));
    }

    @Test
    void wrongCheckCharacterIsInvalid() {
        assertInvalid(() -> FiscalCode.of("RSSMRA80A01H501A"));
    }

    @Test
    void monthLetterOutsideTheTwelveIsInvalid() {
        // F is a letter but no month; the check character is right, so only the month is at fault.
        assertInvalid(() -> FiscalCode.of("RSSMRA80F01H501G"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RSSMRA8XA01H501U", // X stands for no digit in omocodia
            "RSSMRA80A01HA01U", // municipality digit
            "R5SMRA80A01H501U", // surname letter
            "RSSMRA80A011501U", // municipality letter
            "RSSMRA80A01H5019", // check character
            "RSSMR\u00C080A01H501U" // letters are A-Z only: an accented A is not one
    })
    void characterOfTheWrongKindForItsPositionIsInvalid(String raw) {
        assertInvalid(() -> FiscalCode.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RSSMRA80A00H501V", // day 00
            "RSSMRA80A32H501C", // day 32: beyond any man's day
            "RSSMRA80A40H501Z", // day 40: below any woman's day
            "RSSMRA80A72H501G"  // day 72: beyond any woman's day
    })
    void dayOutsideMenAndWomenRangesIsInvalid(String raw) {
        assertInvalid(() -> FiscalCode.of(raw));
    }

    @Test
    void omocodicCodeIsAccepted() {
        assertThat(FiscalCode.of(MARIO_ROSSI_OMOCODIC).value()).isEqualTo(MARIO_ROSSI_OMOCODIC);
    }

    @Test
    void omocodicCodeIsADifferentCodeFromTheOriginal() {
        // The Agenzia assigns omocodic codes to tell apart two people, so they must not be equal.
        assertThat(FiscalCode.of(MARIO_ROSSI_OMOCODIC)).isNotEqualTo(FiscalCode.of(MARIO_ROSSI));
    }

    @Test
    void fullyOmocodicCodeDecodesToTheSameBirthDateAndSex() {
        FiscalCode code = FiscalCode.of(MARIO_ROSSI_FULLY_OMOCODIC);

        assertThatCode(() -> code.checkMatches(MARIO_BORN, Sex.M)).doesNotThrowAnyException();
    }

    @Test
    void omocodicDayDecodesToFemaleSex() {
        // Day 5R = 55: Laura Bianchi, omocodic.
        assertThat(FiscalCode.of("BNCLRA85T5RL219W").sex()).isEqualTo(Sex.F);
    }

    @Test
    void maleCodeMatchesItsBirthDateAndSex() {
        assertThatCode(() -> FiscalCode.of(MARIO_ROSSI).checkMatches(MARIO_BORN, Sex.M))
                .doesNotThrowAnyException();
    }

    @Test
    void femaleCodeMatchesItsBirthDateAndSex() {
        assertThatCode(() -> FiscalCode.of(LAURA_BIANCHI).checkMatches(LAURA_BORN, Sex.F))
                .doesNotThrowAnyException();
    }

    @Test
    void birthYearInAnotherCenturyMatchesBecauseTheCodeOnlyRecordsTwoDigits() {
        assertThatCode(() -> FiscalCode.of(MARIO_ROSSI).checkMatches(LocalDate.of(2080, 1, 1), Sex.M))
                .doesNotThrowAnyException();
    }

    @Test
    void differentBirthYearIsAMismatchOnBirthDate() {
        assertMismatchOn("birthDate", () -> FiscalCode.of(MARIO_ROSSI).checkMatches(LocalDate.of(1981, 1, 1), Sex.M));
    }

    @Test
    void differentBirthMonthIsAMismatchOnBirthDate() {
        assertMismatchOn("birthDate", () -> FiscalCode.of(MARIO_ROSSI).checkMatches(LocalDate.of(1980, 2, 1), Sex.M));
    }

    @Test
    void differentBirthDayIsAMismatchOnBirthDate() {
        assertMismatchOn("birthDate", () -> FiscalCode.of(MARIO_ROSSI).checkMatches(LocalDate.of(1980, 1, 2), Sex.M));
    }

    @Test
    void womanDeclaringTheEncodedDayPlus40IsAMismatchOnBirthDate() {
        // The 40 is the sex marker, not part of the day: 55 means the 15th.
        assertMismatchOn("birthDate", () -> FiscalCode.of(LAURA_BIANCHI).checkMatches(LocalDate.of(1985, 12, 25), Sex.F));
    }

    @Test
    void femaleSexDeclaredForAMaleCodeIsAMismatchOnSex() {
        assertMismatchOn("sex", () -> FiscalCode.of(MARIO_ROSSI).checkMatches(MARIO_BORN, Sex.F));
    }

    @Test
    void maleSexDeclaredForAFemaleCodeIsAMismatchOnSex() {
        assertMismatchOn("sex", () -> FiscalCode.of(LAURA_BIANCHI).checkMatches(LAURA_BORN, Sex.M));
    }

    @Test
    void toStringDoesNotRevealTheCode() {
        String shown = FiscalCode.of(MARIO_ROSSI).toString();

        assertThat(shown).doesNotContain("RSS", "MRA", "80", "A01", "H501");
    }

    @Test
    void malformedCodeIsRefusedAsInvalidInput() {
        assertThatThrownBy(() -> FiscalCode.of("RSSMRA80A01H501A"))
                .asInstanceOf(type(DomainException.class))
                .extracting(DomainException::kind)
                .isEqualTo(DomainException.Kind.INVALID_INPUT);
    }

    @Test
    void mismatchIsRefusedAsARuleViolation() {
        assertThatThrownBy(() -> FiscalCode.of(MARIO_ROSSI).checkMatches(MARIO_BORN, Sex.F))
                .asInstanceOf(type(DomainException.class))
                .extracting(DomainException::kind)
                .isEqualTo(DomainException.Kind.RULE_VIOLATION);
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidFiscalCode.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("fiscalCode");
    }

    private static void assertMismatchOn(String field, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(FiscalCodeMismatch.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo(field);
    }
}
