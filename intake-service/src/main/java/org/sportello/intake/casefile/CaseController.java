package org.sportello.intake.casefile;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactProjection;
import org.sportello.intake.contact.Recognised;
import org.sportello.intake.contact.RecordContactRequest;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.PersonalDataReads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
public class CaseController {

    /** {@code operatorId} left out: the caller takes charge. Naming another operator is an administrator's job. */
    public record TakeInChargeRequest(
            @Size(max = RecordContactRequest.MAX_OPERATOR_ID) @Pattern(regexp = RecordContactRequest.OPERATOR_ID,
                    message = "must be 1 to 64 letters, digits or . _ @ : -") String operatorId) {
    }

    public record CloseRequest(@NotNull @Recognised CaseClosureReason reason) {
    }

    /**
     * The answers to commands: ids and state only. The case with its contacts' notes is a read of
     * personal data, which the caller asks for, and which is logged, with {@code GET}.
     */
    public record InCharge(
            UUID caseId, CaseState state,
            @Schema(description = CaseProjection.OPERATOR_DESCRIPTION, minLength = 1,
                    maxLength = CaseProjection.OPERATOR_LENGTH, pattern = CaseProjection.ANY_OPERATOR) String operatorId) {
    }

    public record Closed(UUID caseId, CaseState state) {
    }

    /** One page of a case's contacts, in the order they happened, and how many the case has in all. */
    public record ContactPage(
            @Schema(minimum = "0", maximum = "" + MAX_PAGE) int page,
            @Schema(minimum = "1", maximum = "" + MAX_PAGE_SIZE) int size,
            @Schema(minimum = "0", maximum = "9223372036854775807") long total,
            @ArraySchema(maxItems = MAX_PAGE_SIZE) List<ContactProjection.ContactView> contacts) {
    }

    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;
    /** Far beyond any case's contacts; keeps the offset a plain number. */
    static final int MAX_PAGE = 100_000;

    private final CommandGateway commands;
    private final CaseProjection cases;
    private final ContactProjection contacts;
    private final PersonalDataReads reads;
    private final Clock clock;

    public CaseController(CommandGateway commands, CaseProjection cases, ContactProjection contacts,
                          PersonalDataReads reads, Clock clock) {
        this.commands = commands;
        this.cases = cases;
        this.contacts = contacts;
        this.reads = reads;
        this.clock = clock;
    }

    /** The case with its contacts' notes: a read of personal data, logged for audits. */
    @GetMapping("/{caseId}")
    public CaseProjection.CaseView get(@PathVariable UUID caseId) {
        CaseId id = new CaseId(caseId);
        CaseProjection.CaseView file = cases.find(id).orElseThrow(() -> new CaseNotFound(id));
        reads.record(new CitizenId(file.citizenId()).subject(), CurrentCaller.id(), "case " + caseId);
        return file;
    }

    /** The case's contacts a page at a time, the oldest first: a read of personal data, logged as {@link #get} is. */
    @GetMapping("/{caseId}/contacts")
    public ContactPage contacts(@PathVariable UUID caseId,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                                @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        CaseId id = new CaseId(caseId);
        UUID citizenId = cases.citizenOf(id).orElseThrow(() -> new CaseNotFound(id));
        List<ContactProjection.ContactView> contactsOfPage = contacts.pageOfCase(id, (long) page * size, size);
        reads.record(new CitizenId(citizenId).subject(), CurrentCaller.id(), "contacts of case " + caseId);
        return new ContactPage(page, size, contacts.countOfCase(id), contactsOfPage);
    }

    @PostMapping("/{caseId}/take-in-charge")
    public InCharge takeInCharge(@PathVariable UUID caseId,
                                 @Valid @RequestBody(required = false) TakeInChargeRequest request) {
        // Security lets no request without a verified token reach a controller.
        Caller caller = CurrentCaller.get().orElseThrow();
        String operatorId = request == null || request.operatorId() == null ? caller.id() : request.operatorId();
        CaseState state = commands.sendAndWait(
                new TakeCaseInCharge(existing(caseId), operatorId, caller, clock.instant()));
        return new InCharge(caseId, state, operatorId);
    }

    @PostMapping("/{caseId}/close")
    public Closed close(@PathVariable UUID caseId, @Valid @RequestBody CloseRequest request) {
        CaseState state = commands.sendAndWait(
                new CloseCase(existing(caseId), request.reason(), CurrentCaller.id(), clock.instant()));
        return new Closed(caseId, state);
    }

    /** A 404 that names the case, rather than the event store's "aggregate not found". */
    private CaseId existing(UUID caseId) {
        CaseId id = new CaseId(caseId);
        if (!cases.exists(id)) {
            throw new CaseNotFound(id);
        }
        return id;
    }
}
