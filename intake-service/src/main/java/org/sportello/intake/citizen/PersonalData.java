package org.sportello.intake.citizen;

import java.time.LocalDate;

/**
 * What intake knows about a person. It never leaves intake: published events carry the citizenId,
 * and CitizenRegistered only the year of the birth date and the sex besides, derived from the
 * sealed data when it is published (IntakeContractTranslator).
 */
public record PersonalData(FiscalCode fiscalCode, String firstName, String lastName, LocalDate birthDate, Sex sex,
                           String municipalityOfResidence, String phone, String email) {

    @Override
    public String toString() {
        return "PersonalData[withheld]";
    }
}
