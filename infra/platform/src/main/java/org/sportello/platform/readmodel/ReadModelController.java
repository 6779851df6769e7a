package org.sportello.platform.readmodel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's way to rebuild a read model from its source of truth, e.g. after a
 * projection bug is fixed:
 * <pre>
 * GET  /api/admin/read-models                    the names, sorted
 * POST /api/admin/read-models/{name}/rebuild     200 with the Rebuild when it has completed,
 *                                                202 when it has started and catches up by itself,
 *                                                404 problem for a name this service does not have
 * </pre>
 * Every {@link ReadModel} bean of the service is served, Axon projections and Kafka projections
 * alike. {@code /api/admin/**} is for ADMIN only (SecurityAutoConfiguration).
 */
@RestController
@RequestMapping("/api/admin/read-models")
public class ReadModelController {

    private final Map<String, ReadModel> readModels = new TreeMap<>();

    public ReadModelController(List<ReadModel> readModels) {
        for (ReadModel readModel : readModels) {
            if (this.readModels.putIfAbsent(readModel.name(), readModel) != null) {
                throw new DuplicateReadModelName(readModel.name());
            }
        }
    }

    @GetMapping
    @Operation(summary = "Names of this service's read models",
            description = "The read models an administrator can rebuild, sorted by name. ADMIN only.")
    public List<String> names() {
        return List.copyOf(readModels.keySet());
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild a read model from its source of truth",
            description = """
                    Empties the read model and replays its source into it: an Axon projection replays the \
                    service's whole event store before answering (200, completion COMPLETED, with the number of \
                    events replayed), while commands and reads of its tables wait; a Kafka projection is reset and \
                    catches up from the first offset in the background (202, completion STARTED). Command-side \
                    claims and audit logs are never touched. 404 for a name this service does not have; 409 when \
                    commands kept the tables busy and nothing was changed. ADMIN only.""")
    @ApiResponse(responseCode = "200", description = "Rebuilt: every event replayed")
    @ApiResponse(responseCode = "202", description = "Reset; the replay catches up in the background")
    public ResponseEntity<Rebuild> rebuild(
            @Parameter(description = "The read model's name, as listed") @PathVariable String name) {
        ReadModel readModel = readModels.get(name);
        if (readModel == null) {
            throw new UnknownReadModel(name, readModels.keySet());
        }
        Rebuild rebuild = readModel.rebuild();
        HttpStatus status = rebuild.completion() == Rebuild.Completion.COMPLETED ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(rebuild);
    }
}
