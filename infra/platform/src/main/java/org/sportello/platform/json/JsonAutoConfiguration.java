package org.sportello.platform.json;

import java.time.Instant;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.module.SimpleModule;

/** How every service reads its request bodies; Spring Boot adds module beans to its JsonMapper. */
@AutoConfiguration
public class JsonAutoConfiguration {

    @Bean
    SimpleModule sportelloJsonModule() {
        return new SimpleModule("sportello").addDeserializer(Instant.class, new StrictInstantDeserializer());
    }
}
