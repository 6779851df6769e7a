package org.sportello.platform.json;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * How every service reads its request bodies; Spring Boot adds module beans and customizers to
 * its JsonMapper. Stored events never pass through it: Axon's serializer builds a mapper of its
 * own, so these rules can tighten without stopping a replay of what was accepted before.
 */
@AutoConfiguration
public class JsonAutoConfiguration {

    @Bean
    public SimpleModule sportelloJsonModule() {
        return new SimpleModule("sportello")
                .addDeserializer(Instant.class, new StrictInstantDeserializer())
                .addDeserializer(LocalDate.class, new StrictLocalDateDeserializer())
                .addDeserializer(String.class, new StrictTextDeserializer());
    }

    /**
     * A key given twice is refused: otherwise the last one silently wins, and a client (or a proxy
     * that checked the first) and the service disagree on what was sent.
     */
    @Bean
    public JsonMapperBuilderCustomizer sportelloStrictDuplicates() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
