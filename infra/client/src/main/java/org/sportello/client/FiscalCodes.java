package org.sportello.client;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Makes valid, made-up Italian fiscal codes for test and demo citizens: random name letters, the
 * birth date and sex encoded as the Agenzia delle Entrate does, a municipality code, and the
 * check character computed with the official odd/even tables.
 */
public final class FiscalCodes {

    private static final String MONTHS = "ABCDEHLMPRST";
    /** Values of characters in odd positions (1st, 3rd, ...), for 0-9 then A-Z. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
            20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private FiscalCodes() {
    }

    /** @param sex 'F' or 'M' @param municipality a cadastral code such as F704 (Monza) */
    public static String generate(RandomGenerator random, LocalDate birthDate, char sex, String municipality) {
        StringBuilder code = new StringBuilder(16);
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        code.append(String.format("%02d", birthDate.getYear() % 100));
        code.append(MONTHS.charAt(birthDate.getMonthValue() - 1));
        code.append(String.format("%02d", birthDate.getDayOfMonth() + (sex == 'F' ? 40 : 0)));
        code.append(municipality);
        code.append(checkCharacter(code));
        return code.toString();
    }

    static char checkCharacter(CharSequence first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += i % 2 == 0 ? ODD[index] : (Character.isDigit(c) ? c - '0' : c - 'A');
        }
        return (char) ('A' + sum % 26);
    }
}
