package org.sportello.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.DomainException;

class RecordedTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aTimeWithinTheClocksDriftIsNotInTheFuture() {
        assertThatCode(() -> RecordedTime.notInFuture("sentAt", NOW.plus(Duration.ofMinutes(5)), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void aTimeBeyondTheDriftIsInTheFutureNamingTheField() {
        assertThatThrownBy(() -> RecordedTime.notInFuture("sentAt", NOW.plus(Duration.ofMinutes(6)), NOW))
                .isInstanceOfSatisfying(TimeInFuture.class, refusal -> assertRefused(refusal, "sentAt"));
    }

    @Test
    void historyOlderThanTheLimitIsRefused() {
        assertThatCode(() -> RecordedTime.notBackdatedBeyond("sentAt", NOW.minus(Duration.ofDays(400)), NOW,
                Duration.ofDays(400))).doesNotThrowAnyException();
        assertThatThrownBy(() -> RecordedTime.notBackdatedBeyond("sentAt", NOW.minus(Duration.ofDays(401)), NOW,
                Duration.ofDays(400)))
                .isInstanceOfSatisfying(BackdatedTooFar.class, refusal -> assertRefused(refusal, "sentAt"));
    }

    @Test
    void aStepBeforeTheOneItFollowsIsOutOfOrder() {
        assertThatCode(() -> RecordedTime.notBefore("answeredAt", NOW, "sentAt", NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RecordedTime.notBefore("answeredAt", NOW.minusSeconds(1), "sentAt", NOW))
                .isInstanceOfSatisfying(TimeOutOfOrder.class, refusal -> assertRefused(refusal, "answeredAt"));
    }

    @Test
    void aStepAfterTheOneItPrecedesIsOutOfOrderBeyondTheClocksDrift() {
        assertThatCode(() -> RecordedTime.notAfter("consent.givenAt", NOW.plus(Duration.ofMinutes(5)), "sentAt", NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RecordedTime.notAfter("consent.givenAt", NOW.plus(Duration.ofMinutes(6)), "sentAt", NOW))
                .isInstanceOfSatisfying(TimeOutOfOrder.class, refusal -> assertRefused(refusal, "consent.givenAt"));
    }

    private static void assertRefused(DomainException refusal, String field) {
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(refusal.field()).isEqualTo(field);
    }
}
