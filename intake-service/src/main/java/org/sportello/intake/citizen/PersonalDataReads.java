package org.sportello.intake.citizen;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Logs every read of a citizen's personal data, so administrators can audit who looked at whom. */
@Component
public class PersonalDataReads {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public PersonalDataReads(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(CitizenId citizenId, String operatorId, String what) {
        jdbc.sql("INSERT INTO personal_data_read (citizen_id, operator_id, read_at, what) VALUES (?, ?, ?, ?)")
                .params(citizenId.value(), Objects.requireNonNull(operatorId, "a read is logged with its reader"),
                        Timestamp.from(clock.instant()), what)
                .update();
    }

    /**
     * For a read disclosed by a refused command: committed on its own, before the refusal is
     * answered, so the command's rollback cannot take the log with it. It holds a second
     * connection for one insert while the command's transaction waits.
     */
    public void recordDespiteRollback(CitizenId citizenId, String operatorId, String what) {
        ownTransaction.executeWithoutResult(status -> record(citizenId, operatorId, what));
    }
}
