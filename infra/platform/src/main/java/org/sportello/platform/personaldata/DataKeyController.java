package org.sportello.platform.personaldata;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Master-key rotation, for administrators (under {@code /api/admin}, ADMIN only): start every
 * instance with the new key as {@code SPORTELLO_MASTER_KEY} and the old one as
 * {@code SPORTELLO_PREVIOUS_MASTER_KEY}, re-wrap, check that nothing is left wrapped by the old
 * key, then drop the old key from the settings.
 */
@RestController
@RequestMapping(value = DataKeyController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class DataKeyController {

    public static final String PATH = "/api/admin/data-keys";

    private final DataKeys keys;

    public DataKeyController(DataKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    public DataKeys.KeyCounts counts() {
        return keys.counts();
    }

    /** Re-wraps every key not wrapped by the current master key; safe to repeat, and to run on several instances. */
    @PostMapping("/rewrap")
    public DataKeys.Rewrapped rewrap() {
        return keys.rewrap();
    }
}
