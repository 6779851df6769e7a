package org.sportello.platform.personaldata;

import java.util.Base64;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes {@link Personal} values as {@code {"subject": "<uuid>", "ciphertext": "<base64>"}}, and
 * reads them back sealed. Registered in the mapper of Axon's serializers, so that every event,
 * and every dead letter that holds one, stores personal data encrypted.
 *
 * <p>It also reads {@code {"subject": ..., "value": ...}}: the plain form an upcaster gives an
 * event stored before its data was encrypted.
 */
public class PersonalDataModule extends SimpleModule {

    static final String SUBJECT = "subject";
    static final String CIPHERTEXT = "ciphertext";
    static final String PLAIN_VALUE = "value";

    @SuppressWarnings({"unchecked", "rawtypes"})
    public PersonalDataModule(PersonalDataCipher cipher) {
        super("sportello-personal-data");
        addSerializer((Class) Personal.class, new PersonalSerializer(cipher));
        addDeserializer((Class) Personal.class, new PersonalDeserializer(cipher, null));
    }

    private static final class PersonalSerializer extends ValueSerializer<Personal<?>> {

        private final PersonalDataCipher cipher;

        PersonalSerializer(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public void serialize(Personal<?> value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty(SUBJECT, value.subject().toString());
            gen.writeStringProperty(CIPHERTEXT, Base64.getEncoder().encodeToString(cipher.seal(value)));
            gen.writeEndObject();
        }
    }

    private static final class PersonalDeserializer extends ValueDeserializer<Personal<?>> {

        private final PersonalDataCipher cipher;
        /** What the value is, from the declared property type {@code Personal<T>}. */
        private final JavaType valueType;

        PersonalDeserializer(PersonalDataCipher cipher, JavaType valueType) {
            this.cipher = cipher;
            this.valueType = valueType;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType declared = property != null ? property.getType() : ctxt.getContextualType();
            JavaType value = declared == null ? null : declared.containedType(0);
            return new PersonalDeserializer(cipher, value);
        }

        @Override
        public Personal<?> deserialize(JsonParser p, DeserializationContext ctxt) {
            if (valueType == null) {
                return ctxt.reportBadDefinition(Personal.class, "Personal needs its value type, as in Personal<String>");
            }
            JsonNode node = ctxt.readTree(p);
            JsonNode subject = node.get(SUBJECT);
            if (!node.isObject() || subject == null || !subject.isString()) {
                return ctxt.reportInputMismatch(this, "personal data is an object with a subject");
            }
            SubjectId id = SubjectId.of(UUID.fromString(subject.stringValue()));
            JsonNode ciphertext = node.get(CIPHERTEXT);
            if (ciphertext != null && ciphertext.isString()) {
                return cipher.open(id, Base64.getDecoder().decode(ciphertext.stringValue()), valueType);
            }
            JsonNode plain = node.get(PLAIN_VALUE);
            if (plain == null || plain.isNull()) {
                return ctxt.reportInputMismatch(this, "personal data holds a ciphertext or a value");
            }
            return Personal.of(id, ctxt.readTreeAsValue(plain, valueType));
        }
    }
}
