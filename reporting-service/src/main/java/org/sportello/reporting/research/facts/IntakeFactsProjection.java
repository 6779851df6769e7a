package org.sportello.reporting.research.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.platform.consuming.Delivered;
import org.sportello.platform.consuming.TopicProjection;
import org.sportello.reporting.research.episodes.ContactFact;
import org.sportello.reporting.research.episodes.Episodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Research's facts from intake: citizens' generalised attributes, cases and their ends, every
 * contact; and, in the same transaction, the episodes of the cases and anonymous contacts the batch
 * touched, under every coding scheme.
 *
 * <p>The platform makes it idempotent by event id. Beyond that every fact is merged (the earliest
 * of each time wins, a contact is kept once), because intake keys a case's events by case and a
 * citizen's by citizen: a contact may arrive before its case's opening, an erasure before a
 * registration replayed from a dead letter, and the result must not depend on it.
 *
 * <p>{@code CitizenErased} deletes the citizen's birth year and sex; the pseudonymous id stays in
 * the episodes, which count, since once intake has erased the person nothing links it to anyone.
 */
@Component
class IntakeFactsProjection extends TopicProjection<IntakeFact> {

    static final String NAME = "research-intake";

    private final FactTables tables;
    private final Episodes episodes;

    IntakeFactsProjection(FactTables tables, Episodes episodes,
                          @Value("${sportello.reporting.research.intake.group-id}") String groupId,
                          @Value("${sportello.reporting.research.intake.concurrency:1}") int concurrency) {
        super(NAME, IntakeTopic.NAME, groupId, concurrency, IntakeFactReader.TYPES);
        this.tables = tables;
        this.episodes = episodes;
    }

    @Override
    public IntakeFact read(String type, byte[] value) {
        return IntakeFactReader.read(type, value);
    }

    @Override
    public void apply(List<Delivered<IntakeFact>> events) {
        Map<UUID, IntakeFact.Citizen> citizens = new LinkedHashMap<>();
        Set<UUID> erased = new LinkedHashSet<>();
        // Sorted by case id: the rows are locked in one order by every transaction.
        Map<UUID, FactTables.CaseRow> cases = new TreeMap<>();
        Map<UUID, ContactFact> contacts = new LinkedHashMap<>();
        List<UUID> anonymous = new ArrayList<>();
        for (Delivered<IntakeFact> delivered : events) {
            IntakeFact fact = delivered.event();
            if (fact instanceof IntakeFact.Citizen citizen) {
                citizens.merge(citizen.citizenId(), citizen, (a, b) -> new IntakeFact.Citizen(a.citizenId(),
                        a.birthYear() != null ? a.birthYear() : b.birthYear(), a.sex() != null ? a.sex() : b.sex()));
            } else if (fact instanceof IntakeFact.Erased erasure) {
                erased.add(erasure.citizenId());
            } else if (fact instanceof IntakeFact.Opened opened) {
                merge(cases, new FactTables.CaseRow(opened.caseId(), opened.citizenId(), opened.officeId(),
                        opened.openedAt(), null, null, null));
            } else if (fact instanceof IntakeFact.TakenInCharge taken) {
                merge(cases, new FactTables.CaseRow(taken.caseId(), taken.citizenId(), null, null, taken.at(), null,
                        null));
            } else if (fact instanceof IntakeFact.Closed closed) {
                merge(cases, new FactTables.CaseRow(closed.caseId(), closed.citizenId(), null, null, null, null,
                        closed.at()));
            } else if (fact instanceof IntakeFact.Contact recorded) {
                ContactFact contact = recorded.contact();
                if (contacts.putIfAbsent(contact.contactId(), contact) == null) {
                    if (contact.anonymous()) {
                        anonymous.add(contact.contactId());
                    } else {
                        // The case's row exists once its first fact arrives, whichever it is, and
                        // its revision moves with every contact.
                        merge(cases, new FactTables.CaseRow(contact.caseId(), contact.citizenId(), null, null, null,
                                null, null));
                    }
                }
            }
        }
        tables.addCitizens(citizens.values());
        tables.eraseCitizens(erased);
        tables.mergeCases(cases.values());
        tables.addContacts(contacts.values());
        episodes.refresh(cases.keySet(), anonymous);
    }

    private static void merge(Map<UUID, FactTables.CaseRow> cases, FactTables.CaseRow row) {
        cases.merge(row.caseId(), row, FactTables.CaseRow::merge);
    }

    @Override
    public List<String> tables() {
        return FactTables.INTAKE_TABLES;
    }
}
