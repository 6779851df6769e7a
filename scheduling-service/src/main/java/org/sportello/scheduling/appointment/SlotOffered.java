package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/**
 * Internal: a slot freed by {@code freedBy} (cancelled or moved) fits this waiting request, which is
 * offered it. The offer holds nothing: booking it is checked as any booking is.
 */
@Revision("1")
public record SlotOffered(RequestId requestId, OfficeId officeId, Instant start, Instant end,
                          List<BookedOperator> operators, AppointmentId freedBy, Instant offeredAt) {
}
