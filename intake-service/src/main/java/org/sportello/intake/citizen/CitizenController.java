package org.sportello.intake.citizen;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.platform.security.CurrentOperator;
import org.springframework.http.ResponseEntity;
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

    @GetMapping("/{citizenId}")
    public CitizenProjection.CitizenView get(@PathVariable UUID citizenId) {
        CitizenId id = new CitizenId(citizenId);
        CitizenProjection.CitizenView citizen = citizens.find(id).orElseThrow(() -> new CitizenNotFound(id));
        reads.record(id, CurrentOperator.id(), "citizen record");
        return citizen;
    }
}
