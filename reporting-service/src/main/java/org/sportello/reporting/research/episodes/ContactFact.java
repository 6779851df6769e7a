package org.sportello.reporting.research.episodes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One contact as research keeps it ({@code research_contact}): codes only.
 *
 * @param caseId    null for an anonymous contact
 * @param citizenId null for an anonymous contact
 * @param month     the Europe/Rome month of {@code occurredAt}, YYYY-MM
 * @param joint     a social worker and an educator took part together
 */
public record ContactFact(UUID contactId, UUID caseId, UUID citizenId, String officeId, String channel,
                          Instant occurredAt, String month, boolean joint, List<String> outcomes,
                          List<String> userAreas, List<String> needCategories) {

    public ContactFact {
        outcomes = List.copyOf(outcomes);
        userAreas = List.copyOf(userAreas);
        needCategories = List.copyOf(needCategories);
    }

    public boolean anonymous() {
        return caseId == null;
    }
}
