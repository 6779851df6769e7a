package org.sportello.reporting.research.facts;

import java.time.Instant;
import java.util.UUID;

import org.sportello.reporting.research.episodes.ContactFact;

/** What research keeps of one of intake's events. */
sealed interface IntakeFact {

    /** {@code CitizenRegistered}: generalised attributes only (the birth year, never the date). */
    record Citizen(UUID citizenId, Integer birthYear, String sex) implements IntakeFact {
    }

    /** {@code CitizenErased}: the attributes go; the episodes stay, counted, without them. */
    record Erased(UUID citizenId) implements IntakeFact {
    }

    /** {@code CaseOpened}. */
    record Opened(UUID caseId, UUID citizenId, String officeId, Instant openedAt) implements IntakeFact {
    }

    /** {@code ContactRecorded}. */
    record Contact(ContactFact contact) implements IntakeFact {
    }

    /** {@code CaseTakenInCharge}. */
    record TakenInCharge(UUID caseId, UUID citizenId, Instant at) implements IntakeFact {
    }

    /** {@code CaseClosed}. */
    record Closed(UUID caseId, UUID citizenId, Instant at) implements IntakeFact {
    }
}
