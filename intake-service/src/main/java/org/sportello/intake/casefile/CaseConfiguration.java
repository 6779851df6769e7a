package org.sportello.intake.casefile;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

    static final String SNAPSHOT_TRIGGER = "caseSnapshotTrigger";
    /** Most cases stay below this; a long-followed one loads a snapshot plus at most this many events. */
    static final int SNAPSHOT_EVERY = 20;

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}
