package org.sportello.scheduling.operator;

import java.time.LocalDate;

/** Whole local days away (leave, training, illness), {@code from} to {@code to}, both included. */
public record Absence(LocalDate from, LocalDate to) {

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
