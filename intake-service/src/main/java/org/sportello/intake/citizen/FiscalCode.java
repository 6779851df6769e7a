package org.sportello.intake.citizen;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An Italian fiscal code (codice fiscale) of a natural person, e.g. {@code RSSMRA80A01H501U}.
 *
 * <p>Build one from user input with {@link #of(String)}, which normalises it and checks layout,
 * check character and day. The constructor checks nothing: a fiscal code sits in every stored
 * {@code CitizenRegistered}, and a rule tightened tomorrow must not stop those from loading
 * (STYLE.md 11). Well-formed is not the same as issued: only the Agenzia delle Entrate can say a
 * code exists.
 *
 * <p>Layout: 3 surname letters, 3 name letters, 2 year digits, a month letter, 2 day digits
 * (day + 40 for women), a municipality (letter + 3 digits), a check letter. When two people
 * would get the same code, the Agenzia replaces digits with letters (omocodia), so any of the
 * seven digits may arrive as one of {@code LMNPQRSTUV}.
 */
public record FiscalCode(String value) {

    private static final int LENGTH = 16;

    /** Month letters January..December; the gaps avoid letters easily misread as digits. */
    private static final String MONTH_LETTERS = "ABCDEHLMPRST";

    /** Letters standing for 0..9 in an omocodic code. */
    private static final String OMOCODIC_DIGITS = "LMNPQRSTUV";

    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    private static final int MONTH_POSITION = 8;

    private static final int CHECK_POSITION = 15;

    private static final int FEMALE_DAY_OFFSET = 40;

    /**
     * The official weights for characters in odd positions (1st, 3rd, ... counting from one),
     * indexed by the character's ordinal: 0..9 for digits, 0..25 for A..Z. Characters in even
     * positions weigh their ordinal. Digits share A..J's weights, so one table serves both.
     */
    private static final int[] ODD_POSITION_WEIGHTS = {
            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    /**
     * Reads a fiscal code as people type it: surrounding blanks and lower case are tolerated,
     * since neither changes which code was meant. Refuses a code that is not well formed.
     */
    public static FiscalCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFiscalCode("fiscal code is missing");
        }
        // Locale.ROOT: in a Turkish locale "i" would upper-case to a dotted İ and never validate.
        String code = raw.strip().toUpperCase(Locale.ROOT);
        checkLayout(code);
        checkCheckCharacter(code);
        checkDay(code);
        return new FiscalCode(code);
    }

    /** The sex the code encodes: women's birth day is written plus 40. */
    public Sex sex() {
        return encodedDay() > FEMALE_DAY_OFFSET ? Sex.F : Sex.M;
    }

    /**
     * Refuses a birth date or sex that the code contradicts. Only the last two digits of the
     * year are compared, because that is all the code records.
     */
    public void checkMatches(LocalDate birthDate, Sex sex) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        int declaredYear = birthDate.getYear();
        if (birthDayOfMonth() != birthDate.getDayOfMonth()
                || birthMonth() != birthDate.getMonthValue()
                || birthYearOfCentury() != Math.floorMod(declaredYear, 100)) {
            // Shown in the declared century, the only century the code can be read against.
            int encodedYear = declaredYear - Math.floorMod(declaredYear, 100) + birthYearOfCentury();
            String encoded = String.format("%04d-%02d-%02d", encodedYear, birthMonth(), birthDayOfMonth());
            throw FiscalCodeMismatch.ofBirthDate(encoded, birthDate.toString());
        }
        if (sex() != sex) {
            throw FiscalCodeMismatch.ofSex(sex());
        }
    }

    /** Masked: the code is personal data (name, birth date, sex, birthplace) and must not reach logs. */
    @Override
    public String toString() {
        return "FiscalCode[****************]";
    }

    private int birthDayOfMonth() {
        int day = encodedDay();
        return day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
    }

    private int birthMonth() {
        return MONTH_LETTERS.indexOf(value.charAt(MONTH_POSITION)) + 1;
    }

    private int birthYearOfCentury() {
        return twoDigitsAt(value, 6);
    }

    private int encodedDay() {
        return twoDigitsAt(value, 9);
    }

    private static void checkLayout(String code) {
        if (code.length() != LENGTH) {
            throw new InvalidFiscalCode("fiscal code must be " + LENGTH + " characters, not " + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (isDigitPosition(i)) {
                if (!isDigit(c) && OMOCODIC_DIGITS.indexOf(c) < 0) {
                    throw new InvalidFiscalCode("character " + (i + 1) + " of the fiscal code must be a digit");
                }
            } else if (!isLetter(c)) {
                throw new InvalidFiscalCode("character " + (i + 1) + " of the fiscal code must be a letter");
            }
        }
        char month = code.charAt(MONTH_POSITION);
        if (MONTH_LETTERS.indexOf(month) < 0) {
            throw new InvalidFiscalCode("fiscal code month letter must be one of " + MONTH_LETTERS + ", not " + month);
        }
    }

    private static void checkCheckCharacter(String code) {
        char expected = checkCharacter(code);
        char actual = code.charAt(CHECK_POSITION);
        if (actual != expected) {
            throw new InvalidFiscalCode("fiscal code check character is " + actual + ", expected " + expected);
        }
    }

    private static void checkDay(String code) {
        int day = twoDigitsAt(code, 9);
        boolean male = day >= 1 && day <= 31;
        boolean female = day >= 1 + FEMALE_DAY_OFFSET && day <= 31 + FEMALE_DAY_OFFSET;
        if (!male && !female) {
            throw new InvalidFiscalCode(String.format("fiscal code day must be 01-31 (men) or 41-71 (women), not %02d", day));
        }
    }

    /** The check character for the first 15 characters of {@code code}, which must be well laid out. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < CHECK_POSITION; i++) {
            char c = code.charAt(i);
            int ordinal = isDigit(c) ? c - '0' : c - 'A';
            // i is zero-based, so even i is an odd position in the official one-based counting.
            sum += i % 2 == 0 ? ODD_POSITION_WEIGHTS[ordinal] : ordinal;
        }
        return (char) ('A' + sum % 26);
    }

    private static int twoDigitsAt(String code, int position) {
        return digitAt(code, position) * 10 + digitAt(code, position + 1);
    }

    private static int digitAt(String code, int position) {
        char c = code.charAt(position);
        return isDigit(c) ? c - '0' : OMOCODIC_DIGITS.indexOf(c);
    }

    private static boolean isDigitPosition(int position) {
        for (int p : DIGIT_POSITIONS) {
            if (p == position) {
                return true;
            }
        }
        return false;
    }

    // ASCII only: Character.isLetter/isDigit would let accented letters and other scripts through.
    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
