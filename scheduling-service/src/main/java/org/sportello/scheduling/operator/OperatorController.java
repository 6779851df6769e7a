package org.sportello.scheduling.operator;

import java.net.URI;
import java.time.Clock;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.ErasureRequest;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataReads;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorProjection.OperatorView;
import org.sportello.scheduling.operator.OperatorRequests.AvailabilityRequest;
import org.sportello.scheduling.operator.OperatorRequests.ChangeOperatorRequest;
import org.sportello.scheduling.operator.OperatorRequests.RegisterOperatorRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff register: administrators register operators, change their roles, employer and offices, set when they are available, and erase
 * an operator's name. Every answer that shows a name in clear is logged as a read of it.
 */
@RestController
@RequestMapping("/api/operators")
public class OperatorController {

    public record Registered(@Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId) {
    }

    /** What a read of an operator's name is logged as. */
    static final String NAME_READ = "operator name";

    private final CommandGateway commands;
    private final OperatorProjection operators;
    private final PersonalDataReads reads;
    private final Clock clock;

    public OperatorController(CommandGateway commands, OperatorProjection operators, PersonalDataReads reads,
                              Clock clock) {
        this.commands = commands;
        this.operators = operators;
        this.reads = reads;
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

    /**
     * Replaces the operator's roles, employer and offices (staff move, gain a role, change employer);
     * weekly windows at offices left are dropped. Answers the operator as they read now, also when
     * nothing changed (then nothing is recorded).
     */
    @PutMapping("/{operatorId}")
    public OperatorView change(@PathVariable @Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId, @Valid @RequestBody ChangeOperatorRequest request) {
        OperatorId id = new OperatorId(operatorId);
        commands.sendAndWait(new ChangeOperator(id, request.roles().stream().distinct().toList(),
                request.employer().strip(), request.offices().stream().distinct().map(OfficeId::new).toList(),
                clock.instant()));
        return get(operatorId);
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
        OperatorView view = operators.find(id).orElseThrow(() -> new OperatorNotFound(id));
        if (view.name() != null && !view.nameErased()) {
            reads.record(OperatorSubject.of(id), CurrentCaller.id(), NAME_READ);
        }
        return view;
    }

    /**
     * Erases the operator's name (GDPR art. 17): shreds their key, in the transaction that records
     * the erasure. The operator keeps working under their id; their name reads
     * {@value Personal#ERASED_TEXT} from then on. A second erasure answers 409.
     */
    @PostMapping("/{operatorId}/erasure")
    public ResponseEntity<Void> eraseName(@PathVariable @Schema(maxLength = OperatorId.MAX_LENGTH, pattern = OperatorRequests.OPERATOR_ID) String operatorId,
                                          @Valid @RequestBody ErasureRequest request) {
        commands.sendAndWait(new EraseOperatorName(new OperatorId(operatorId), request.ground(),
                request.reference().strip(), CurrentCaller.id(), clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
