package org.sportello.launcher.demo;

import java.time.LocalDate;

/** A made-up citizen as registered at intake; {@code phone} and {@code email} may be null. */
public record Person(String fiscalCode, String firstName, String lastName, LocalDate birthDate, char sex,
                     String municipality, String phone, String email) {
}
