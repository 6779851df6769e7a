package org.sportello.reporting.research.extract;

import java.time.YearMonth;

/** When an episode began, as the extract gives it: its month (Europe/Rome) or that month's quarter. */
public enum Period {

    /** 2025-03. */
    MONTH("month", "month"),
    /** 2025-Q1: January to March. */
    QUARTER("quarter", "quarter");

    private final String label;
    private final String column;

    Period(String label, String column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    String column() {
        return column;
    }

    public String of(YearMonth month) {
        return this == MONTH ? month.toString() : month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3);
    }

    /** The quarter as SQL over {@code month}, a YYYY-MM text (the month is the month itself). */
    static String quarterSql(String month) {
        return "substr(" + month + ", 1, 4) || '-Q' || CAST((CAST(substr(" + month + ", 6, 2) AS INT) + 2) / 3 AS TEXT)";
    }
}
