package org.sportello.scheduling.office;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@link OfficeCalendar} over the registry: whether an office exists from the claimed ids (which an
 * administrator's rebuild of the read model never empties), its slots from the read model.
 */
@Component
class JdbcOfficeCalendar implements OfficeCalendar {

    private final RegistryIds ids;
    private final OfficeProjection offices;

    JdbcOfficeCalendar(RegistryIds ids, OfficeProjection offices) {
        this.ids = ids;
        this.offices = offices;
    }

    @Override
    public boolean exists(OfficeId officeId) {
        return ids.isClaimed(RegistryIds.Kind.OFFICE, officeId.value());
    }

    @Override
    public List<OpenSlot> openSlots(OfficeId officeId, LocalDate from, LocalDate to, OpeningMode mode) {
        return offices.schedule(officeId).slots(from, to, mode);
    }
}
