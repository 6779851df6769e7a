package org.sportello.reporting.research.episodes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ends the episodes whose window has passed. No event says so: time alone ends them, so a check
 * on the injected clock does, every {@code sportello.reporting.research.episodes.window-check-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EpisodeWindows {

    private static final Logger log = LoggerFactory.getLogger(EpisodeWindows.class);

    private final Episodes episodes;

    EpisodeWindows(Episodes episodes) {
        this.episodes = episodes;
    }

    @Scheduled(initialDelayString = "${sportello.reporting.research.episodes.window-check-interval}",
            fixedDelayString = "${sportello.reporting.research.episodes.window-check-interval}")
    void closeWindows() {
        int closed = episodes.closeWindows();
        if (closed > 0) {
            log.info("Computed again {} open episodes whose window has passed", closed);
        }
    }
}
