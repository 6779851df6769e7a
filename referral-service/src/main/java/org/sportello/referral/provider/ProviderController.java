package org.sportello.referral.provider;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sportello.referral.known.Slug;
import org.sportello.referral.provider.ProviderRequests.RegisterProviderRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider registry: administrators register providers, anyone signed in reads them. */
@RestController
public class ProviderController {

    private final CommandGateway commands;
    private final ProviderProjection providers;
    private final Clock clock;

    public ProviderController(CommandGateway commands, ProviderProjection providers, Clock clock) {
        this.commands = commands;
        this.providers = providers;
        this.clock = clock;
    }

    @PostMapping("/api/providers")
    public ResponseEntity<ProviderView> register(@Valid @RequestBody RegisterProviderRequest request) {
        ProviderId providerId = commands.sendAndWait(new RegisterProvider(ProviderId.of(request.providerId()),
                request.name().strip(), request.kind(), request.serviceType(), request.districtId(),
                request.municipalityIds() == null ? List.of() : request.municipalityIds(), request.contactChannel(),
                request.responseDeadlineWorkingDays(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/providers/" + providerId)).body(get(providerId.value()));
    }

    @GetMapping("/api/providers")
    @ApiResponse(responseCode = "200", description = "The providers, in id order",
            content = @Content(mediaType = "application/json", array = @ArraySchema(maxItems = ProviderProjection.MAX_LISTED,
                    schema = @Schema(implementation = ProviderView.class))))
    public List<ProviderView> list(@RequestParam(required = false) @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String districtId,
                                   @RequestParam(required = false) ServiceType serviceType) {
        return providers.list(districtId, serviceType);
    }

    @GetMapping("/api/providers/{providerId}")
    public ProviderView get(@PathVariable @Schema(maxLength = Slug.MAX_LENGTH, pattern = Slug.PATTERN) String providerId) {
        return providers.find(providerId).orElseThrow(() -> new ProviderNotFound(providerId));
    }
}
