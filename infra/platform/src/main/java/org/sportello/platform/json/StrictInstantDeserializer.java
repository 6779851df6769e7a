package org.sportello.platform.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads instants only as ISO-8601 strings, in the years 1 to 9999 ({@link YearRange}). Jackson
 * would otherwise take {@code 42} or {@code "42"} as seconds since 1970 and a typing error would
 * record a contact in 1970.
 */
public class StrictInstantDeserializer extends StdScalarDeserializer<Instant> {

    public StrictInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getString().strip();
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
        }
        if (!YearRange.contains(instant)) {
            throw new RefusedJsonValue(parser, Instant.class, YearRange.REASON);
        }
        return instant;
    }
}
