package org.sportello.scheduling.office;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.scheduling.office.OfficeProjection.OfficeSummary;
import org.sportello.scheduling.office.OfficeProjection.OfficeView;
import org.sportello.scheduling.office.OfficeRequests.ClosureRequest;
import org.sportello.scheduling.office.OfficeRequests.CreateDistrictRequest;
import org.sportello.scheduling.office.OfficeRequests.CreateMunicipalityRequest;
import org.sportello.scheduling.office.OfficeRequests.CreateOfficeRequest;
import org.sportello.scheduling.office.OfficeRequests.OpeningHoursRequest;
import org.sportello.scheduling.office.OfficeRequests.SlotRequest;
import org.sportello.scheduling.time.OfficeTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The office registry: districts, municipalities, offices, their hours and closures. */
@RestController
public class OfficeController {

    /** The longest range {@code open-hours} answers: a year, leap day included. */
    public static final int MAX_OPEN_HOURS_DAYS = 366;

    public record DistrictCreatedAnswer(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String districtId) {
    }

    public record MunicipalityCreatedAnswer(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String municipalityId) {
    }

    public record OfficeCreatedAnswer(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId) {
    }

    /** The concrete slots of an office in a date range: local dates and times in {@code zone}. */
    public record OpenHours(@Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId,
                            @Schema(allowableValues = "Europe/Rome") String zone,
                            @ArraySchema(maxItems = MAX_OPEN_HOURS_DAYS * OfficeRequests.MAX_SLOTS) List<OpenSlot> slots) {
    }

    private final CommandGateway commands;
    private final OfficeProjection offices;
    private final OfficeCalendar calendar;
    private final Clock clock;

    public OfficeController(CommandGateway commands, OfficeProjection offices, OfficeCalendar calendar, Clock clock) {
        this.commands = commands;
        this.offices = offices;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping("/api/districts")
    public ResponseEntity<DistrictCreatedAnswer> createDistrict(@Valid @RequestBody CreateDistrictRequest request) {
        DistrictId districtId = commands.sendAndWait(new CreateDistrict(DistrictId.of("districtId", request.districtId()),
                request.name().strip(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/districts/" + districtId))
                .body(new DistrictCreatedAnswer(districtId.value()));
    }

    @PostMapping("/api/municipalities")
    public ResponseEntity<MunicipalityCreatedAnswer> createMunicipality(
            @Valid @RequestBody CreateMunicipalityRequest request) {
        MunicipalityId municipalityId = commands.sendAndWait(new CreateMunicipality(
                MunicipalityId.of("municipalityId", request.municipalityId()), request.name().strip(),
                DistrictId.of("districtId", request.districtId()), clock.instant()));
        return ResponseEntity.created(URI.create("/api/municipalities/" + municipalityId))
                .body(new MunicipalityCreatedAnswer(municipalityId.value()));
    }

    @PostMapping("/api/offices")
    public ResponseEntity<OfficeCreatedAnswer> createOffice(@Valid @RequestBody CreateOfficeRequest request) {
        OfficeId officeId = commands.sendAndWait(new CreateOffice(OfficeId.of(request.officeId()),
                MunicipalityId.of("municipalityId", request.municipalityId()), request.name().strip(),
                request.address().strip(), request.kind(),
                request.partnerName() == null ? null : request.partnerName().strip(), Boolean.TRUE.equals(request.central()),
                clock.instant()));
        return ResponseEntity.created(URI.create("/api/offices/" + officeId)).body(new OfficeCreatedAnswer(officeId.value()));
    }

    @GetMapping("/api/offices")
    @ApiResponse(responseCode = "200", description = "The offices, in id order",
            content = @Content(mediaType = "application/json", array = @ArraySchema(maxItems = OfficeProjection.MAX_LISTED,
                    schema = @Schema(implementation = OfficeSummary.class))))
    public List<OfficeSummary> list(@RequestParam(required = false) @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String municipalityId,
                                    @RequestParam(required = false) @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String districtId) {
        return offices.list(municipalityId, districtId);
    }

    @GetMapping("/api/offices/{officeId}")
    public OfficeView get(@PathVariable @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId) {
        OfficeId id = new OfficeId(officeId);
        return offices.find(id, LocalDate.now(clock.withZone(OfficeTime.ZONE))).orElseThrow(() -> new OfficeNotFound(id));
    }

    /** A new week of hours from {@code validFrom}; answers the office as it reads now. */
    @PutMapping("/api/offices/{officeId}/opening-hours")
    public OfficeView setOpeningHours(@PathVariable @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId, @Valid @RequestBody OpeningHoursRequest request) {
        OfficeId id = new OfficeId(officeId);
        commands.sendAndWait(new SetOpeningHours(id, request.validFrom(),
                request.slots().stream().map(SlotRequest::slot).toList(), clock.instant()));
        return get(officeId);
    }

    @PostMapping("/api/offices/{officeId}/closures")
    public ResponseEntity<OfficeView> scheduleClosure(@PathVariable @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId,
                                                      @Valid @RequestBody ClosureRequest request) {
        OfficeId id = new OfficeId(officeId);
        commands.sendAndWait(new ScheduleClosure(id, request.from(), request.to(), request.reason().strip(),
                clock.instant()));
        return ResponseEntity.created(URI.create("/api/offices/" + officeId)).body(get(officeId));
    }

    /** Public: citizens look up when to come. Closures left out; each date from the set valid that day. */
    @GetMapping("/api/offices/{officeId}/open-hours")
    public OpenHours openHours(@PathVariable @Schema(maxLength = OfficeId.MAX_LENGTH, pattern = OfficeId.SLUG) String officeId,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) OpeningMode mode) {
        if (to.isBefore(from)) {
            throw new InvalidDateRange("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_OPEN_HOURS_DAYS) {
            throw new InvalidDateRange("to", "at most " + MAX_OPEN_HOURS_DAYS + " days from from, both included");
        }
        OfficeId id = new OfficeId(officeId);
        if (!calendar.exists(id)) {
            throw new OfficeNotFound(id);
        }
        return new OpenHours(id.value(), OfficeTime.ZONE.getId(), calendar.openSlots(id, from, to, mode));
    }
}
