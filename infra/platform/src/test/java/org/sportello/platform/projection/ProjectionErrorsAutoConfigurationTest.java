package org.sportello.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Axon's own wiring with the platform's module applied (no Spring, no database: what is under test
 * is only which error handler Axon's configuration ends up with, and what it does).
 */
class ProjectionErrorsAutoConfigurationTest {

    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void failingSubscribingProjectionFailsThePublisherInsteadOfBeingSkipped() {
        axon = configured(new BrokenProjection());

        assertThatThrownBy(() -> axon.eventBus().publish(GenericEventMessage.asEventMessage("contact recorded")))
                .isInstanceOf(ProjectionBug.class);
    }

    @Test
    void workingProjectionStillSeesEveryEvent() {
        CountingProjection counting = new CountingProjection();
        axon = configured(counting);

        axon.eventBus().publish(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two"));

        assertThat(counting.seen).isEqualTo(2);
    }

    private static Configuration configured(Object projection) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().usingSubscribingEventProcessors().registerEventHandler(config -> projection);
        ConfigurerModule module = new ProjectionErrorsAutoConfiguration().handlerFailuresPropagate();
        module.configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        return configuration;
    }

    @ProcessingGroup("any-group-at-all")
    static class BrokenProjection {
        @EventHandler
        void on(String event) {
            throw new ProjectionBug();
        }
    }

    @ProcessingGroup("another-group")
    static class CountingProjection {
        int seen;

        @EventHandler
        void on(String event) {
            seen++;
        }
    }

    static class ProjectionBug extends RuntimeException {
    }
}
