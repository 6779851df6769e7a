package org.sportello.reporting.monthlyusers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.reporting.consuming.ContractRecords;
import org.sportello.reporting.consuming.Delivered;
import org.sportello.reporting.consuming.ProcessedEvents;
import org.sportello.reporting.consuming.ProjectionConsumers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly users per office, from intake's {@code ContactRecorded} events.
 *
 * <p>Each poll batch is one transaction: the event ids are claimed in {@code processed_event} and
 * only the newly claimed contacts are added. The offsets are committed after the transaction, so a
 * crash in between redelivers events that are then found claimed and counted once. Restarting, or
 * replaying the topic in a new consumer group into an empty database, gives the same numbers.
 */
@Component
class MonthlyUsersProjection {

    static final String NAME = "monthly-users";

    private final ContractRecords records;
    private final ProcessedEvents processed;
    private final MonthlyUsersTables tables;
    private final TransactionTemplate transactions;

    MonthlyUsersProjection(ContractRecords records, ProcessedEvents processed, MonthlyUsersTables tables,
                           PlatformTransactionManager transactionManager) {
        this.records = records;
        this.processed = processed;
        this.tables = tables;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @KafkaListener(id = NAME, topics = IntakeTopic.NAME, groupId = "${sportello.reporting.monthly-users.group-id}",
            concurrency = "${sportello.reporting.monthly-users.concurrency:1}",
            containerFactory = ProjectionConsumers.CONTAINER_FACTORY)
    public void on(List<ConsumerRecord<String, byte[]>> batch) {
        List<Delivered<CountedContact>> contacts =
                records.read(NAME, batch, ContactRecorded.TYPE, CountedContact::read);
        if (!contacts.isEmpty()) {
            transactions.executeWithoutResult(status -> count(contacts));
        }
    }

    private void count(List<Delivered<CountedContact>> contacts) {
        Set<String> fresh = new HashSet<>(processed.claim(NAME, contacts.stream().map(Delivered::eventId).toList()));
        // remove(): an event delivered twice within one batch is counted at its first delivery only.
        List<CountedContact> counted = contacts.stream()
                .filter(contact -> fresh.remove(contact.eventId()))
                .map(Delivered::event)
                .toList();
        tables.add(MonthlyActivity.of(counted));
    }
}
