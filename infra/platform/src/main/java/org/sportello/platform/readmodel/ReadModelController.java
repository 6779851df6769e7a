package org.sportello.platform.readmodel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    public List<String> names() {
        return List.copyOf(readModels.keySet());
    }

    @PostMapping("/{name}/rebuild")
    public ResponseEntity<Rebuild> rebuild(@PathVariable String name) {
        ReadModel readModel = readModels.get(name);
        if (readModel == null) {
            throw new UnknownReadModel(name, readModels.keySet());
        }
        Rebuild rebuild = readModel.rebuild();
        HttpStatus status = rebuild.completion() == Rebuild.Completion.COMPLETED ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(rebuild);
    }
}
