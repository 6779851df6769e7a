package org.sportello.scheduling.operator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OfficeRequests;

/** The bodies of the staff register's requests: shape and limits only. */
public final class OperatorRequests {

    /**
     * A token's {@code sub} (at most 64 characters), of the characters that stay themselves in a URL
     * path, since operators are managed at {@code /api/operators/{operatorId}}: pseudonymous ids,
     * UUIDs and e-mail-like subjects all fit.
     */
    public static final String OPERATOR_ID = "^[A-Za-z0-9._~@:+-]+$";
    public static final int MAX_ENTRIES = 100;
    static final String TIME_MESSAGE = "must be a local time to the minute, such as 09:30";

    private OperatorRequests() {
    }

    /** @param name optional, personal data: encrypted under the operator's own key, never published */
    public record RegisterOperatorRequest(
            @NotBlank @Size(max = OperatorId.MAX_LENGTH) @Pattern(regexp = OPERATOR_ID) String operatorId,
            @Size(min = 1, max = OfficeRequests.MAX_TEXT)
            @Pattern(regexp = OfficeRequests.ONE_LINE, message = OfficeRequests.ONE_LINE_MESSAGE) String name,
            @NotEmpty @Size(max = 4) List<@NotNull OperatorRole> roles,
            @NotBlank @Size(max = OfficeRequests.MAX_TEXT)
            @Pattern(regexp = OfficeRequests.ONE_LINE, message = OfficeRequests.ONE_LINE_MESSAGE) String employer,
            @NotEmpty @Size(max = MAX_ENTRIES)
            List<@NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String> offices) {
    }

    /** An operator's roles, employer and offices from now on: each replaces the previous one. */
    public record ChangeOperatorRequest(
            @NotEmpty @Size(max = 4) List<@NotNull OperatorRole> roles,
            @NotBlank @Size(max = OfficeRequests.MAX_TEXT)
            @Pattern(regexp = OfficeRequests.ONE_LINE, message = OfficeRequests.ONE_LINE_MESSAGE) String employer,
            @NotEmpty @Size(max = MAX_ENTRIES)
            List<@NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String> offices) {
    }

    /** The whole availability: replaces the previous weekly pattern and absences. */
    public record AvailabilityRequest(@NotNull @Size(max = MAX_ENTRIES) List<@NotNull @Valid WeeklyRequest> weekly,
                                      @NotNull @Size(max = MAX_ENTRIES) List<@NotNull @Valid AbsenceRequest> absences) {
    }

    public record WeeklyRequest(@NotNull DayOfWeek dayOfWeek,
            @NotNull @Size(max = OfficeRequests.TIME_LENGTH) @Pattern(regexp = OfficeRequests.TIME, message = TIME_MESSAGE) String from,
            @NotNull @Size(max = OfficeRequests.TIME_LENGTH) @Pattern(regexp = OfficeRequests.TIME, message = TIME_MESSAGE) String to,
            @NotNull @Size(max = OfficeId.MAX_LENGTH) @Pattern(regexp = OfficeId.SLUG) String officeId) {

        WeeklyAvailability window() {
            return new WeeklyAvailability(dayOfWeek, LocalTime.parse(from), LocalTime.parse(to), new OfficeId(officeId));
        }
    }

    /** Whole local days, both included. */
    public record AbsenceRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }
}
