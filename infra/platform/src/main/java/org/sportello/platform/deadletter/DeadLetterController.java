package org.sportello.platform.deadletter;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sportello.platform.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators see and retry the events a processor parked. Under {@code /api/admin}, which
 * only the ADMIN role may call (SecurityAutoConfiguration).
 */
@RestController
@RequestMapping(DeadLetterController.PATH)
public class DeadLetterController {

    public static final String PATH = "/api/admin/dead-letters";

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** At most {@code limit} letters (1 to {@link DeadLetters#MAX_LISTED}); {@code sportello_dead_letters} counts them all. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The parked events: ids, types and causes, never payloads",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(
                    maxItems = DeadLetters.MAX_LISTED, schema = @Schema(implementation = DeadLetters.Entry.class))))
    public List<DeadLetters.Entry> list(@RequestParam(defaultValue = "" + DeadLetters.MAX_LISTED)
                                        @Min(1) @Max(DeadLetters.MAX_LISTED) int limit) {
        return deadLetters.list(limit);
    }

    @PostMapping("/retry")
    public DeadLetters.Retried retryAll() {
        return deadLetters.retryAll();
    }

    @PostMapping("/{sequenceId}/retry")
    public DeadLetters.Retried retry(@PathVariable @Size(min = 1, max = DeadLetters.COLUMN_LENGTH)
                                     @Pattern(regexp = Problems.NO_CONTROL_CHARACTERS) String sequenceId) {
        return deadLetters.retry(sequenceId);
    }
}
