package org.sportello.scheduling.office;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.scheduling.time.TimeWindow;

/**
 * One concrete opening of an office: a date and local times (Europe/Rome), as citizens read it.
 *
 * @param date the local date
 * @param from local start time
 * @param to   local end time, after {@code from}
 * @param mode how citizens are received
 */
public record OpenSlot(LocalDate date, @JsonFormat(pattern = "HH:mm") @Schema(type = "string", maxLength = OfficeRequests.TIME_LENGTH, pattern = OfficeRequests.TIME, example = "09:00") LocalTime from,
                       @JsonFormat(pattern = "HH:mm") @Schema(type = "string", maxLength = OfficeRequests.TIME_LENGTH, pattern = OfficeRequests.TIME, example = "09:00") LocalTime to, OpeningMode mode) {

    /** The slot as instants: right across a daylight-saving change, because the zone decides the offset per date. */
    public TimeWindow window() {
        return new TimeWindow(date.atTime(from).atZone(OfficeTime.ZONE).toInstant(),
                date.atTime(to).atZone(OfficeTime.ZONE).toInstant());
    }
}
