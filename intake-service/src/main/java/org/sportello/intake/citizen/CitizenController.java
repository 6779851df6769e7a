package org.sportello.intake.citizen;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.PersonalDataReads;
import org.sportello.platform.problem.ProblemDetailsAdvice;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/citizens")
public class CitizenController {

    public record Registered(UUID citizenId) {
    }

    /** What a conflict's read of personal data is logged as. */
    static final String FISCAL_CODE_CONFLICT = "fiscal code conflict";

    private final CommandGateway commands;
    private final CitizenProjection citizens;
    private final PersonalDataReads reads;
    private final Clock clock;

    public CitizenController(CommandGateway commands, CitizenProjection citizens, PersonalDataReads reads, Clock clock) {
        this.commands = commands;
        this.citizens = citizens;
        this.reads = reads;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Registered> register(@Valid @RequestBody RegisterCitizenRequest request) {
        CitizenId citizenId = commands.sendAndWait(
                new RegisterCitizen(CitizenId.random(), request.personalData(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/citizens/" + citizenId)).body(new Registered(citizenId.value()));
    }

    /**
     * The conflict names the citizen who holds the fiscal code, so answering it is a read of their
     * personal data. Logged here, where the answer is made: the command's transaction has rolled
     * back by now, so the log row commits on its own and the registration held no second
     * connection for it. Should the log fail, the answer is a 500 that names no one.
     */
    @ExceptionHandler(CitizenAlreadyRegistered.class)
    ResponseEntity<ProblemDetail> alreadyRegistered(CitizenAlreadyRegistered conflict) {
        reads.record(conflict.existing().subject(), CurrentCaller.get().map(Caller::id).orElse(null), FISCAL_CODE_CONFLICT);
        ProblemDetail problem = ProblemDetailsAdvice.toProblem(conflict);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @GetMapping("/{citizenId}")
    public CitizenProjection.CitizenView get(@PathVariable UUID citizenId) {
        CitizenId id = new CitizenId(citizenId);
        CitizenProjection.CitizenView citizen = citizens.find(id).orElseThrow(() -> new CitizenNotFound(id));
        reads.record(id.subject(), CurrentCaller.id(), "citizen record");
        return citizen;
    }
}
