package org.sportello.reporting.appointments;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Hours open per week by mode, named as the contracts' OpeningMode codes: the timetable's weekly
 * hours, averaged over the month's days when it changed during the month (see
 * {@link OpeningHoursHistory}). Public facts about an office: never withheld.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HoursOpenPerWeek(
        @JsonProperty("WALK_IN") @Schema(name = "WALK_IN", minimum = "0", maximum = HoursOpenPerWeek.HOURS_IN_A_WEEK)
        BigDecimal walkIn,
        @JsonProperty("BY_APPOINTMENT") @Schema(name = "BY_APPOINTMENT", minimum = "0",
                maximum = HoursOpenPerWeek.HOURS_IN_A_WEEK)
        BigDecimal byAppointment,
        @JsonProperty("PHONE_LINE") @Schema(name = "PHONE_LINE", minimum = "0",
                maximum = HoursOpenPerWeek.HOURS_IN_A_WEEK)
        BigDecimal phoneLine) {

    // Slots of one mode are counted as their union, so one mode is open at most every hour of the week.
    static final String HOURS_IN_A_WEEK = "168";
}
