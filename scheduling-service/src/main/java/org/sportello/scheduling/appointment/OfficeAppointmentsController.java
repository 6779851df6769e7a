package org.sportello.scheduling.appointment;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.scheduling.office.OfficeCalendar;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OfficeNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An office's day of appointments and its waiting list, for the staff who work there. */
@RestController
public class OfficeAppointmentsController {

    public record Day(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId, LocalDate date,
                      @ArraySchema(maxItems = 1000) List<AppointmentProjection.AppointmentView> appointments) {
    }

    public record WaitingListView(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId,
                                  @ArraySchema(maxItems = 100000) List<RequestProjection.WaitingEntry> entries) {
    }

    private final OfficeCalendar offices;
    private final AppointmentProjection appointments;
    private final RequestProjection requests;
    private final PersonalDataShown shown;

    public OfficeAppointmentsController(OfficeCalendar offices, AppointmentProjection appointments,
                                        RequestProjection requests, PersonalDataShown shown) {
        this.offices = offices;
        this.appointments = appointments;
        this.requests = requests;
        this.shown = shown;
    }

    /**
     * That local day's appointments (Europe/Rome), in start order, cancelled ones included with their
     * status; each cancellation's reason shown in clear is logged as a read of it.
     */
    @GetMapping("/api/offices/{officeId}/appointments")
    public Day day(@Parameter(schema = @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG)) @PathVariable String officeId, @RequestParam LocalDate date) {
        OfficeId office = visible(officeId);
        return new Day(office.value(), date, shown.in(appointments.onDay(office, date)));
    }

    @GetMapping("/api/offices/{officeId}/waiting-list")
    public WaitingListView waitingList(@Parameter(schema = @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG)) @PathVariable String officeId) {
        OfficeId office = visible(officeId);
        return new WaitingListView(office.value(), requests.waitingList(office));
    }

    /** Another office's lists answer as an office that does not exist. */
    private OfficeId visible(String officeId) {
        OfficeId office = OfficeId.of(officeId);
        if (!OfficeScope.sees(office) || !offices.exists(office)) {
            throw new OfficeNotFound(office);
        }
        return office;
    }
}
