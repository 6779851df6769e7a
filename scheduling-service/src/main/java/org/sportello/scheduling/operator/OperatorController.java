package org.sportello.scheduling.operator;

import java.net.URI;
import java.time.Clock;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorProjection.OperatorView;
import org.sportello.scheduling.operator.OperatorRequests.AvailabilityRequest;
import org.sportello.scheduling.operator.OperatorRequests.RegisterOperatorRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff register: administrators register operators and set when they are available. */
@RestController
@RequestMapping("/api/operators")
public class OperatorController {

    public record Registered(@Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId) {
    }

    private final CommandGateway commands;
    private final OperatorProjection operators;
    private final Clock clock;

    public OperatorController(CommandGateway commands, OperatorProjection operators, Clock clock) {
        this.commands = commands;
        this.operators = operators;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Registered> register(@Valid @RequestBody RegisterOperatorRequest request) {
        OperatorId operatorId = new OperatorId(request.operatorId());
        commands.sendAndWait(new RegisterOperator(operatorId,
                request.name() == null ? null : Personal.of(OperatorSubject.of(operatorId), request.name().strip()),
                request.roles().stream().distinct().toList(), request.employer().strip(),
                request.offices().stream().distinct().map(OfficeId::new).toList(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/operators/" + operatorId.value()))
                .body(new Registered(operatorId.value()));
    }

    /** Replaces the operator's weekly pattern and absences; answers the operator as they read now. */
    @PutMapping("/{operatorId}/availability")
    public OperatorView setAvailability(@PathVariable @Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId, @Valid @RequestBody AvailabilityRequest request) {
        OperatorId id = new OperatorId(operatorId);
        commands.sendAndWait(new SetAvailability(id,
                request.weekly().stream().map(OperatorRequests.WeeklyRequest::window).toList(),
                request.absences().stream().map(absence -> new Absence(absence.from(), absence.to())).toList(),
                clock.instant()));
        return get(operatorId);
    }

    @GetMapping("/{operatorId}")
    public OperatorView get(@PathVariable @Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId) {
        OperatorId id = new OperatorId(operatorId);
        return operators.find(id).orElseThrow(() -> new OperatorNotFound(id));
    }
}
