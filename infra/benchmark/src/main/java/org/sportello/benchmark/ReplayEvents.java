package org.sportello.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.sportello.benchmark.ReplayData.Citizen;
import org.sportello.benchmark.ReplayData.Contact;
import org.sportello.benchmark.ReplayData.Need;
import org.sportello.benchmark.ReplayData.Operator;
import org.sportello.benchmark.ReplayData.Person;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;

/**
 * Events shaped like intake's {@code CitizenRegistered} and {@code ContactRecorded}, in the two
 * forms intake has stored them: sealed (personal data in {@link Personal}, the citizen as its
 * subject, as today) and plain (the same values as text, as before sealing). The benchmark cannot
 * use intake's own classes, which are the service's and not a library, so these are twins.
 */
final class ReplayEvents {

    record SealedCitizenRegistered(UUID citizenId, Personal<Person> personalData, Instant registeredAt) {
    }

    record SealedContactDetails(String officeId, String channel, Instant occurredAt, List<Operator> operators,
                                List<Need> needs, List<String> outcomes, Personal<String> notes) {
    }

    record SealedContactRecorded(UUID contactId, UUID citizenId, UUID caseId, SealedContactDetails details,
                                 Instant recordedAt) {
    }

    record PlainCitizenRegistered(UUID citizenId, Person personalData, Instant registeredAt) {
    }

    record PlainContactDetails(String officeId, String channel, Instant occurredAt, List<Operator> operators,
                               List<Need> needs, List<String> outcomes, String notes) {
    }

    record PlainContactRecorded(UUID contactId, UUID citizenId, UUID caseId, PlainContactDetails details,
                                Instant recordedAt) {
    }

    /** Who recorded it, as every intake event's metadata says. */
    private static final MetaData CALLER = MetaData.with("callerId", "benchmark-operator").and("callerRole", "OPERATOR");

    private ReplayEvents() {
    }

    /** The registration on the citizen's aggregate, the contacts on the case's, as intake's aggregates apply them. */
    static List<DomainEventMessage<?>> sealed(Citizen citizen) {
        SubjectId subject = SubjectId.of(citizen.citizenId());
        List<DomainEventMessage<?>> events = new ArrayList<>(1 + citizen.contacts().size());
        events.add(new GenericDomainEventMessage<>("Citizen", citizen.citizenId().toString(), 0,
                new SealedCitizenRegistered(citizen.citizenId(), Personal.of(subject, citizen.person()),
                        citizen.registeredAt()), CALLER));
        long sequence = 0;
        for (Contact contact : citizen.contacts()) {
            SealedContactDetails details = new SealedContactDetails(contact.officeId(), contact.channel(),
                    contact.occurredAt(), contact.operators(), contact.needs(), contact.outcomes(),
                    Personal.of(subject, contact.notes()));
            events.add(new GenericDomainEventMessage<>("Case", citizen.caseId().toString(), sequence++,
                    new SealedContactRecorded(contact.contactId(), citizen.citizenId(), citizen.caseId(), details,
                            contact.recordedAt()), CALLER));
        }
        return events;
    }

    static List<DomainEventMessage<?>> plain(Citizen citizen) {
        List<DomainEventMessage<?>> events = new ArrayList<>(1 + citizen.contacts().size());
        events.add(new GenericDomainEventMessage<>("Citizen", citizen.citizenId().toString(), 0,
                new PlainCitizenRegistered(citizen.citizenId(), citizen.person(), citizen.registeredAt()), CALLER));
        long sequence = 0;
        for (Contact contact : citizen.contacts()) {
            PlainContactDetails details = new PlainContactDetails(contact.officeId(), contact.channel(),
                    contact.occurredAt(), contact.operators(), contact.needs(), contact.outcomes(), contact.notes());
            events.add(new GenericDomainEventMessage<>("Case", citizen.caseId().toString(), sequence++,
                    new PlainContactRecorded(contact.contactId(), citizen.citizenId(), citizen.caseId(), details,
                            contact.recordedAt()), CALLER));
        }
        return events;
    }
}
