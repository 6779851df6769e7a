package org.sportello.platform.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads dates only as {@code YYYY-MM-DD} strings within years 1 to 9999 ({@link YearRange}).
 * Jackson would also take {@code 42} (days since 1970), {@code [1980,1,1]} and {@code -5000-01-01}.
 */
public class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

    public StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getString().strip();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD");
        }
        if (!YearRange.contains(date)) {
            throw new RefusedJsonValue(parser, LocalDate.class, YearRange.REASON);
        }
        return date;
    }
}
