package org.sportello.platform.database;


import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;

/** Makes sure the service's database exists before the pool, Flyway or Axon first use it. */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(name = "sportello.datasource.create-database", havingValue = "true", matchIfMissing = true)
public class DatabaseAutoConfiguration {

    @Bean
    static BeanPostProcessor databaseCreatingPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSourceProperties properties) {
                    DatabaseCreator.createIfMissing(properties.determineUrl(), properties.determineUsername(),
                            properties.determinePassword());
                }
                return bean;
            }
        };
    }

}
