package org.sportello.reporting.research.episodes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What research knows of one case ({@code research_case} and its contacts): the earliest time of each
 * end, null while it has not happened, and the contacts in the order they happened.
 */
public record CaseFacts(UUID caseId, UUID citizenId, Instant takenInChargeAt, Instant referredAt, Instant closedAt,
                        List<ContactFact> contacts) {

    /** The order of a case's contacts: when they happened, then their id, so that ties sort the same everywhere. */
    public static final Comparator<ContactFact> CONTACT_ORDER = Comparator.comparing(ContactFact::occurredAt)
            .thenComparing(ContactFact::contactId);

    public CaseFacts {
        contacts = contacts.stream().sorted(CONTACT_ORDER).toList();
    }
}
