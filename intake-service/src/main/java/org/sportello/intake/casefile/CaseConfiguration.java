package org.sportello.intake.casefile;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

    static final String SNAPSHOT_TRIGGER = "caseSnapshotTrigger";
    static final String SNAPSHOT_FILTER = "caseSnapshotFilter";
    /** Most cases stay below this; a long-followed one loads a snapshot plus at most this many events. */
    static final int SNAPSHOT_EVERY = 20;

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    /**
     * A snapshot is only a shortcut through the events: one of another shape (an older
     * {@link Case#SNAPSHOT_REVISION}) is skipped and the case rebuilt from its events, which also
     * writes a snapshot of the current shape at the next trigger. Used, it would fail every load of
     * the case. Axon 4.13 derives the same filter from {@code @Revision} when none is named; it is
     * named here so the rule is visible rather than resting on a default.
     */
    @Bean(SNAPSHOT_FILTER)
    SnapshotFilter caseSnapshotFilter() {
        return RevisionSnapshotFilter.builder().type(Case.TYPE).revision(Case.SNAPSHOT_REVISION).build();
    }
}
