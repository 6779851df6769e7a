package org.sportello.platform.consuming;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumers for every {@link KafkaProjection} bean of a service: see {@link ProjectionContainers},
 * {@link ProjectionListener}, {@link DeadLetterTopics}; and a {@link org.sportello.platform.readmodel.ReadModel}
 * bean per projection ({@link KafkaProjectionReadModel}).
 *
 * <p>The service adds {@value #MIGRATIONS} to {@code spring.flyway.locations}: it holds the
 * {@code processed_event} table, under the version and name it always had, so databases migrated
 * before it moved here need nothing.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(KafkaProjection.class)
@EnableConfigurationProperties(ConsumingProperties.class)
public class ConsumingAutoConfiguration {

    /** The Flyway location of {@code processed_event}. */
    public static final String MIGRATIONS = "classpath:db/consuming";

    @Bean
    ContractSchemas contractSchemas() {
        return ContractSchemas.fromClasspath();
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc) {
        return new ProcessedEvents(jdbc);
    }

    /**
     * Named apart from the Axon dead-letter queue's {@code deadLetters} bean
     * ({@code DeadLetterAutoConfiguration}): a service with an event store that also consumes a
     * topic (intake, of scheduling's events) has both.
     */
    @Bean
    DeadLetterTopics deadLetterTopics(KafkaProperties kafka, KafkaAdmin admin, MeterRegistry meters, ConsumingProperties settings) {
        return new DeadLetterTopics(kafka, admin, meters, settings.deadLetterPartitions());
    }

    @Bean
    ProjectionContainers projectionContainers(List<KafkaProjection<?>> projections, KafkaProperties kafka,
                                              ConsumingProperties settings, ContractSchemas schemas,
                                              ProcessedEvents processed, DeadLetterTopics deadLetters,
                                              PlatformTransactionManager transactionManager, MeterRegistry meters) {
        return new ProjectionContainers(projections, kafka, settings, schemas, processed, deadLetters,
                transactionManager, meters);
    }

    /** A read-model bean beside each projection bean, so that every projection can be rebuilt by name. */
    @Bean
    static BeanDefinitionRegistryPostProcessor projectionReadModels() {
        return registry -> {
            ListableBeanFactory beans = (ListableBeanFactory) registry;
            for (String projection : beans.getBeanNamesForType(KafkaProjection.class, true, false)) {
                registry.registerBeanDefinition(projection + "ReadModel", readModel((BeanFactory) registry, projection));
            }
        };
    }

    private static RootBeanDefinition readModel(BeanFactory beans, String projection) {
        var definition = new RootBeanDefinition(KafkaProjectionReadModel.class);
        definition.setInstanceSupplier(() -> new KafkaProjectionReadModel(
                beans.getBean(projection, KafkaProjection.class),
                beans.getBean(ProjectionContainers.class),
                beans.getBean(ProcessedEvents.class),
                beans.getBean(JdbcTemplate.class),
                new TransactionTemplate(beans.getBean(PlatformTransactionManager.class)),
                beans.getBean(KafkaAdmin.class),
                beans.getBean(ConsumingProperties.class)));
        return definition;
    }
}
