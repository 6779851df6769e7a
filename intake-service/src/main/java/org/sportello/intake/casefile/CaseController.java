package org.sportello.intake.casefile;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.PersonalDataReads;
import org.sportello.intake.contact.Recognised;
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

    public record TakeInChargeRequest(@NotBlank @Size(max = 100) String operatorId) {
    }

    public record CloseRequest(@NotNull @Recognised CaseClosureReason reason) {
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
        CaseProjection.CaseView file = find(caseId);
        reads.record(new CitizenId(file.citizenId()), CurrentOperator.id(), "case " + caseId);
        return file;
    }

    private CaseProjection.CaseView find(UUID caseId) {
        CaseId id = new CaseId(caseId);
        return cases.find(id).orElseThrow(() -> new CaseNotFound(id));
    }

    @PostMapping("/{caseId}/take-in-charge")
    public CaseProjection.CaseView takeInCharge(@PathVariable UUID caseId, @Valid @RequestBody TakeInChargeRequest request) {
        commands.sendAndWait(new TakeCaseInCharge(existing(caseId), request.operatorId(), clock.instant()));
        return find(caseId);
    }

    @PostMapping("/{caseId}/close")
    public CaseProjection.CaseView close(@PathVariable UUID caseId, @Valid @RequestBody CloseRequest request) {
        commands.sendAndWait(new CloseCase(existing(caseId), request.reason(), CurrentOperator.id(), clock.instant()));
        return find(caseId);
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
