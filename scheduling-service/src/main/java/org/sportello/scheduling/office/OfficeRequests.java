package org.sportello.scheduling.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the registry's requests: shape and limits only; the rules are the aggregates'. */
public final class OfficeRequests {

    /** A name, an address or a reason is one line: no tab, line break or other control character. */
    public static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F]*$";
    public static final String ONE_LINE_MESSAGE = "must be one line, without tabs or control characters";
    public static final int MAX_TEXT = 200;
    /** A local time to the minute, as hours are set and read: {@code 09:00}. */
    public static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    public static final int TIME_LENGTH = 5;
    static final String TIME_MESSAGE = "must be a local time to the minute, such as 09:30";
    /** More slots than any office has in a week (Monza's busiest has about a dozen). */
    public static final int MAX_SLOTS = 100;

    private OfficeRequests() {
    }

    public record CreateDistrictRequest(
            @NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String districtId,
            @NotBlank @Size(max = MAX_TEXT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String name) {
    }

    public record CreateMunicipalityRequest(
            @NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String municipalityId,
            @NotBlank @Size(max = MAX_TEXT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String name,
            @NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String districtId) {
    }

    /**
     * @param partnerName required for a {@link OfficeKind#PARTNER_DESK}, refused for a secretariat
     * @param central     true for the municipality's central office of the secretariat (at most one,
     *                    only a {@link OfficeKind#SECRETARIAT}); absent or null: false, a neighbourhood
     *                    office or a partner's desk
     */
    public record CreateOfficeRequest(
            @NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String officeId,
            @NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String municipalityId,
            @NotBlank @Size(max = MAX_TEXT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String name,
            @NotBlank @Size(max = MAX_TEXT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String address,
            @NotNull OfficeKind kind,
            @Size(min = 1, max = MAX_TEXT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String partnerName,
            Boolean central) {
    }

    /** @param slots the whole week from {@code validFrom}; empty: closed every day from then */
    public record OpeningHoursRequest(@NotNull LocalDate validFrom,
                                      @NotNull @Size(max = MAX_SLOTS) List<@NotNull @Valid SlotRequest> slots) {
    }

    public record SlotRequest(@NotNull DayOfWeek dayOfWeek,
                              @NotNull @Size(max = TIME_LENGTH) @Pattern(regexp = TIME, message = TIME_MESSAGE) String from,
                              @NotNull @Size(max = TIME_LENGTH) @Pattern(regexp = TIME, message = TIME_MESSAGE) String to,
                              @NotNull OpeningMode mode) {

        WeeklySlot slot() {
            return new WeeklySlot(dayOfWeek, LocalTime.parse(from), LocalTime.parse(to), mode);
        }
    }

    /** Closed on {@code from} to {@code to}, local dates, both included. */
    public record ClosureRequest(@NotNull LocalDate from, @NotNull LocalDate to,
            @NotBlank @Size(max = MAX_TEXT) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String reason) {
    }
}
