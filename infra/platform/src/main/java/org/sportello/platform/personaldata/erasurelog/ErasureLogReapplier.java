package org.sportello.platform.personaldata.erasurelog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.platform.personaldata.DataKeys;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-applies the erasure log after the database was restored from a backup: every subject the log
 * names whose key the database holds again is shredded again, and every
 * {@link ErasureReapplication} of the service is called for it, in one transaction per subject.
 * A subject whose key is shredded already is left alone, so re-applying twice, or on two instances
 * at once, does each subject once.
 */
public class ErasureLogReapplier {

    /** The most subjects an answer lists; {@code reapplied} counts them all. */
    public static final int MAX_LISTED = 100;
    private static final Logger log = LoggerFactory.getLogger(ErasureLogReapplier.class);

    /**
     * What a re-application did.
     *
     * @param logged     subjects the log names
     * @param reapplied  of those, the subjects whose key was shredded now
     * @param subjects   the first {@value #MAX_LISTED} of them
     * @param unreadable records of the log that are not erasures, left aside (and logged)
     */
    public record Reapplied(
            @Schema(minimum = "0", maximum = "2147483647") int logged,
            @Schema(minimum = "0", maximum = "2147483647") int reapplied,
            @ArraySchema(maxItems = MAX_LISTED, uniqueItems = true) List<UUID> subjects,
            @Schema(minimum = "0", maximum = "2147483647") int unreadable) {
    }

    private final ErasureLogReader reader;
    private final DataKeys keys;
    private final List<ErasureReapplication> reapplications;
    private final TransactionTemplate transactions;

    ErasureLogReapplier(ErasureLogReader reader, DataKeys keys, List<ErasureReapplication> reapplications,
                        TransactionTemplate transactions) {
        this.reader = reader;
        this.keys = keys;
        this.reapplications = List.copyOf(reapplications);
        this.transactions = transactions;
    }

    public Reapplied reapply() {
        ErasureLogReader.Contents contents = reader.readAll();
        if (contents.unreadable() > 0) {
            log.warn("The erasure log holds {} records that are not erasures; they were left aside", contents.unreadable());
        }
        List<UUID> reapplied = new ArrayList<>();
        for (LoggedErasure erasure : contents.erasures()) {
            // The shredding decides, under the key's row lock: a subject shredded by a concurrent call is not done twice.
            Boolean shredded = transactions.execute(status -> {
                if (!keys.shred(erasure.subject())) {
                    return false;
                }
                reapplications.forEach(reapplication -> reapplication.reapply(erasure));
                return true;
            });
            if (Boolean.TRUE.equals(shredded)) {
                reapplied.add(erasure.subject().value());
            }
        }
        log.info("Re-applied the erasure log: {} subjects logged, {} shredded again", contents.erasures().size(),
                reapplied.size());
        return new Reapplied(contents.erasures().size(), reapplied.size(),
                List.copyOf(reapplied.subList(0, Math.min(reapplied.size(), MAX_LISTED))), contents.unreadable());
    }
}
