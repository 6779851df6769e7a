package org.sportello.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch that fails for a reason no dead letter cures goes back to the container, whose error
 * handler retries it until it commits; the reason is in the log each time, naming the projection
 * and where in the topic it stands.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProjectionListenerTest {

    /** A database that cannot be reached: no transaction begins. */
    private static final class Unreachable extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    private final TestRecords kafka = new TestRecords();

    @Test
    void aBatchThatFailsIsThrownBackForTheRetryAndTheLogSaysWhy(CapturedOutput output) {
        OfficesProjection offices = new OfficesProjection();
        ProjectionListener<String> listener = new ProjectionListener<>(offices,
                new ContractRecords<>(offices, ContractSchemas.fromClasspath()), null, null,
                new TransactionTemplate(new Unreachable()));
        var batch = List.of(kafka.next("e1", ContactRecorded.TYPE, TestRecords.contact("corsico")),
                kafka.next("e2", ContactRecorded.TYPE, TestRecords.contact("monza-centro")));

        assertThatThrownBy(() -> listener.onMessage(batch, (Consumer<?, ?>) null))
                .isInstanceOf(CannotCreateTransactionException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Projection offices: a batch of 2 events from " + IntakeTopic.NAME + "-0@0 failed and will be "
                        + "tried again")
                .contains("Could not open JDBC Connection for transaction");
    }
}
