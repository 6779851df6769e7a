package org.sportello.platform.jobs;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of the service's scheduled jobs, and a way to run one now:
 * <pre>
 * GET  /api/admin/jobs               every job: schedule, next run, last success and failure
 * POST /api/admin/jobs/{name}/runs   200 with the run's outcome and report once it has ended,
 *                                    202 when it has not within sportello.jobs.run-wait,
 *                                    404 problem for a name this service does not have,
 *                                    409 problem while a run is going on
 * </pre>
 * {@code /api/admin/**} is for ADMIN only (SecurityAutoConfiguration).
 */
@RestController
@RequestMapping(JobController.PATH)
public class JobController {

    public static final String PATH = "/api/admin/jobs";

    private final Jobs jobs;

    public JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "This service's scheduled jobs",
            description = "Each job by name, as the service's database records it whichever instance ran it: its "
                    + "schedule, when it runs next, whether it is running, when it last succeeded and failed, how many "
                    + "runs have failed since the last success, the last success's summary and the last failure's "
                    + "exception types. ADMIN only.")
    @ApiResponse(responseCode = "200", description = "Every job of the service, sorted by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(
                    maxItems = Jobs.MAX_JOBS, uniqueItems = true, schema = @Schema(implementation = JobStatus.class))))
    public List<JobStatus> list() {
        return jobs.list();
    }

    @PostMapping(path = "/{name}/runs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run a job now",
            description = "Makes the job due now, so that one instance runs it, once, as it runs it on schedule (the "
                    + "run is recorded like any other, and the next scheduled time follows from it), and waits for "
                    + "it to end: 200 with outcome SUCCEEDED and the job's summary, or FAILED and the exception "
                    + "types (the service's log has the rest). When it has not ended within the service's wait "
                    + "(sportello.jobs.run-wait, 30 s unless set), 202 with outcome PENDING: it runs on, and "
                    + "GET /api/admin/jobs shows how it ended. 409 while a run is going on; nothing is changed. "
                    + "ADMIN only.")
    @ApiResponse(responseCode = "200", description = "The run ended: its outcome, and its report or failure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = JobRun.class)))
    @ApiResponse(responseCode = "202", description = "The run is due or going on, and had not ended within the wait",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = JobRun.class)))
    @ApiResponse(responseCode = "409", description = "A run of the job is going on now; nothing was changed")
    public ResponseEntity<JobRun> run(
            @Parameter(description = "The job's name, as listed")
            @PathVariable @Size(max = Jobs.NAME_LENGTH) @Pattern(regexp = Jobs.NAME_PATTERN) String name) {
        JobRun run = jobs.run(name);
        HttpStatus status = run.outcome() == JobRun.Outcome.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(run);
    }
}
