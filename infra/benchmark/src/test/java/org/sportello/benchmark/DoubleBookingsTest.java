package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.benchmark.BookingBenchmark.Held;

/** The benchmark's check that counts operator double bookings: it must see one when there is one. */
class DoubleBookingsTest {

    private static final Instant NINE = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void backToBackAppointmentsOfOneOperatorAreNoDoubleBooking() {
        assertThat(BookingBenchmark.doubleBookings(List.of(held("op-1", "a", 0, 30), held("op-1", "b", 30, 60))))
                .isZero();
    }

    @Test
    void overlappingAppointmentsOfOneOperatorAreOneDoubleBooking() {
        assertThat(BookingBenchmark.doubleBookings(List.of(held("op-1", "a", 0, 30), held("op-1", "b", 15, 45))))
                .isEqualTo(1);
    }

    @Test
    void anAppointmentInsideALongerOneCountsEvenAfterAShorterOneEnded() {
        assertThat(BookingBenchmark.doubleBookings(List.of(held("op-1", "long", 0, 120), held("op-1", "b", 15, 30),
                held("op-1", "c", 60, 90)))).isEqualTo(2);
    }

    @Test
    void twoOperatorsAtTheSameTimeAreNoDoubleBooking() {
        assertThat(BookingBenchmark.doubleBookings(List.of(held("op-1", "a", 0, 30), held("op-2", "a", 0, 30))))
                .isZero();
    }

    private static Held held(String operatorId, String appointmentId, int fromMinute, int toMinute) {
        return new Held(operatorId, appointmentId, NINE.plusSeconds(60L * fromMinute), NINE.plusSeconds(60L * toMinute));
    }
}
