package org.sportello.intake.citizen;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sportello.platform.caller.CurrentCaller;
import org.sportello.platform.personaldata.ErasureRequest;

/** Erasure of a citizen's personal data (GDPR art. 17), and the register of erasures; ADMIN only. */
@RestController
public class ErasureController {

    private final CommandGateway commands;
    private final ErasureProjection erasures;
    private final Clock clock;

    public ErasureController(CommandGateway commands, ErasureProjection erasures, Clock clock) {
        this.commands = commands;
        this.erasures = erasures;
        this.clock = clock;
    }

    @Operation(summary = "Erase a citizen's personal data",
            description = "Shreds the citizen's data key and releases their fiscal code, in one transaction: from then "
                    + "on every read shows their data as erased, and the same person may be registered again as a "
                    + "new citizen. A second erasure of the same citizen answers 409 citizen-already-erased.")
    @ApiResponse(responseCode = "204", description = "Erased")
    @PostMapping("/api/citizens/{citizenId}/erasure")
    public ResponseEntity<Void> erase(@PathVariable UUID citizenId, @Valid @RequestBody ErasureRequest request) {
        commands.sendAndWait(new EraseCitizen(new CitizenId(citizenId), request.ground(), request.reference().strip(),
                CurrentCaller.id(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The register of erasures, oldest first")
    @ApiResponse(responseCode = "200", description = "Who erased which citizen, when, on which ground and reference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(
                    maxItems = ErasureProjection.MAX_LISTED,
                    schema = @Schema(implementation = ErasureProjection.ErasureView.class))))
    @GetMapping(value = "/api/admin/erasures", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ErasureProjection.ErasureView> list(
            @RequestParam(defaultValue = "" + ErasureProjection.MAX_LISTED) @Min(1) @Max(ErasureProjection.MAX_LISTED)
            int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Integer.MAX_VALUE) int offset) {
        return erasures.list(limit, offset);
    }
}
