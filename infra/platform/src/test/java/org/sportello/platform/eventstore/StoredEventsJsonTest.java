package org.sportello.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What an older release stored, read by Axon's Jackson 3 serializer as the platform configures it. */
class StoredEventsJsonTest {

    enum Outcome { ORIENTATION, @JsonEnumDefaultValue UNRECOGNISED }

    record ContactRecorded(String contactId, Outcome outcome) {
    }

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(StoredEventsAutoConfiguration::readStoredEventsForEver)
            .build();

    @Test
    void codeRetiredSinceReadsAsUnrecognised() {
        ContactRecorded event = serializer.deserialize(stored("{\"contactId\":\"c-1\",\"outcome\":\"HOME_VISIT\"}"));

        assertThat(event).isEqualTo(new ContactRecorded("c-1", Outcome.UNRECOGNISED));
    }

    @Test
    void propertyRemovedSinceIsIgnored() {
        ContactRecorded event = serializer.deserialize(
                stored("{\"contactId\":\"c-1\",\"outcome\":\"ORIENTATION\",\"visitAddress\":\"via Roma 1\"}"));

        assertThat(event).isEqualTo(new ContactRecorded("c-1", Outcome.ORIENTATION));
    }

    @Test
    void everyServiceGetsTheCustomizerUnlessItBringsItsOwn() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StoredEventsAutoConfiguration.class));
        Jackson3SerializerCustomizer own = mapper -> { };

        runner.run(context -> assertThat(context).hasSingleBean(Jackson3SerializerCustomizer.class));
        runner.withBean(Jackson3SerializerCustomizer.class, () -> own)
                .run(context -> assertThat(context.getBean(Jackson3SerializerCustomizer.class)).isSameAs(own));
    }

    private static SerializedObject<byte[]> stored(String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                ContactRecorded.class.getName(), null);
    }
}
