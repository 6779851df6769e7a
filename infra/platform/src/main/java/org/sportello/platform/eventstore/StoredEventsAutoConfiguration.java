package org.sportello.platform.eventstore;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.platform.personaldata.PersonalDataModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored events load for ever (STYLE.md 11): a service reads an event recorded by any earlier
 * release of itself, even after a code in it was retired or a property was removed.
 *
 * <p>With {@code axon.serializer.*=jackson3} (sportello-defaults.properties) Axon 4.13 builds its
 * own {@link JsonMapper}, not Spring's, for the general serializer (which also writes snapshots and
 * tokens), the message serializer and the event serializer; its one hook into that mapper is a
 * {@link Jackson3SerializerCustomizer} bean, which {@link AxonAutoConfiguration} hands to every
 * Jackson 3 serializer it builds. Replacing the {@code eventSerializer} bean instead would leave
 * snapshots, read with the general serializer, as strict as before.
 *
 * <p>Axon takes the first customizer it finds, so there is only ever one: a service that needs
 * more declares its own, which replaces this one and must call
 * {@link #readStoredEventsForEver(JsonMapper.Builder)} itself, and add the
 * {@link PersonalDataModule} (or its personal data would be written in plain text).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnClass(Jackson3SerializerCustomizer.class)
public class StoredEventsAutoConfiguration {

    /**
     * Also seals personal data, in a service that has it ({@code PersonalDataAutoConfiguration}).
     * The module is made here rather than declared as a bean: Spring Boot would add a module bean
     * to the mapper of HTTP requests and answers too, where personal data is shown, not sealed.
     */
    @Bean
    @ConditionalOnMissingBean(Jackson3SerializerCustomizer.class)
    Jackson3SerializerCustomizer storedEventsJsonCustomizer(ObjectProvider<PersonalDataCipher> personalData) {
        return mapper -> {
            readStoredEventsForEver(mapper);
            personalData.ifAvailable(cipher -> mapper.addModule(new PersonalDataModule(cipher)));
        };
    }

    /**
     * A code the enum no longer has reads as the constant it marks {@code @JsonEnumDefaultValue}
     * ({@code UNRECOGNISED}); a property the class no longer has is ignored. Both fail otherwise
     * (the second only by Jackson 2's default, which a service may restore): the aggregate would
     * not load, and a processor would stop at the event.
     */
    public static void readStoredEventsForEver(JsonMapper.Builder mapper) {
        mapper.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
