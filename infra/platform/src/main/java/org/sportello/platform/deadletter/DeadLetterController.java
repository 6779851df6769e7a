package org.sportello.platform.deadletter;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @GetMapping
    public List<DeadLetters.Entry> list() {
        return deadLetters.list();
    }

    @PostMapping("/retry")
    public DeadLetters.Retried retryAll() {
        return deadLetters.retryAll();
    }

    @PostMapping("/{sequenceId}/retry")
    public DeadLetters.Retried retry(@PathVariable String sequenceId) {
        return deadLetters.retry(sequenceId);
    }
}
