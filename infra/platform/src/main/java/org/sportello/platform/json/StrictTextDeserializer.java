package org.sportello.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Refuses text with control characters: U+0000 to U+001F except tab, line feed and carriage
 * return, and U+007F. JSON lets a client send them escaped ({@code "\u0000"}); stored, they
 * truncate C strings, break CSV exports and log lines, and hide text from whoever reads a case.
 */
public class StrictTextDeserializer extends StringDeserializer {

    static final String REASON = "must not contain control characters (other than tab, line feed and carriage return)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && hasControlCharacter(text)) {
            throw new RefusedJsonValue(parser, String.class, REASON);
        }
        return text;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
