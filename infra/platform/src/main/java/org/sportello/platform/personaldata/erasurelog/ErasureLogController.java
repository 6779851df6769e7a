package org.sportello.platform.personaldata.erasurelog;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * After a restore of the service's database from a backup, before users come back: re-apply every
 * erasure recorded since the backup was taken. Under {@code /api/admin}, ADMIN only.
 */
@RestController
@RequestMapping(value = ErasureLogController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class ErasureLogController {

    public static final String PATH = "/api/admin/erasures";

    private final ErasureLogReapplier reapplier;

    public ErasureLogController(ErasureLogReapplier reapplier) {
        this.reapplier = reapplier;
    }

    @Operation(summary = "Re-apply the erasure log after a database restore",
            description = "Reads the erasure log (a compacted Kafka topic that outlives the database) in full and, for "
                    + "every subject whose key the database holds again, shreds it and records the erasure again. "
                    + "Safe to repeat: a subject already shredded is left alone.")
    @PostMapping("/reapply")
    public ErasureLogReapplier.Reapplied reapply() {
        return reapplier.reapply();
    }
}
