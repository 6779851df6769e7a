package org.sportello.intake.casefile;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.PersonalDataReads;
import org.sportello.intake.contact.Recognised;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.security.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
public class CaseController {

    /** {@code operatorId} left out: the caller takes charge. Naming another operator is an administrator's job. */
    public record TakeInChargeRequest(@Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._@:-]+$") String operatorId) {
    }

    public record CloseRequest(@NotNull @Recognised CaseClosureReason reason) {
    }

    /**
     * The answers to commands: ids and state only. The case with its contacts' notes is a read of
     * personal data, which the caller asks for, and which is logged, with {@code GET}.
     */
    public record InCharge(UUID caseId, CaseState state, String operatorId) {
    }

    public record Closed(UUID caseId, CaseState state) {
    }

    private final CommandGateway commands;
    private final CaseProjection cases;
    private final PersonalDataReads reads;
    private final Clock clock;

    public CaseController(CommandGateway commands, CaseProjection cases, PersonalDataReads reads, Clock clock) {
        this.commands = commands;
        this.cases = cases;
        this.reads = reads;
        this.clock = clock;
    }

    /** The case with its contacts' notes: a read of personal data, logged for audits. */
    @GetMapping("/{caseId}")
    public CaseProjection.CaseView get(@PathVariable UUID caseId) {
        CaseId id = new CaseId(caseId);
        CaseProjection.CaseView file = cases.find(id).orElseThrow(() -> new CaseNotFound(id));
        reads.record(new CitizenId(file.citizenId()), CurrentOperator.id(), "case " + caseId);
        return file;
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
                new CloseCase(existing(caseId), request.reason(), CurrentOperator.id(), clock.instant()));
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
