package org.sportello.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that Sportello still refuses to read (text with control
 * characters, a date outside years 1 to 9999). Jackson adds the path of the field as the exception
 * travels up, so the problem names the field; {@link #reason()} says why without quoting the value,
 * which may be personal data.
 */
public class RefusedJsonValue extends MismatchedInputException {

    private final String reason;

    public RefusedJsonValue(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
