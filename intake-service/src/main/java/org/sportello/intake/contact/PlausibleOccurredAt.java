package org.sportello.intake.contact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Not before 1900: no contact of the service happened earlier, so an earlier time is a typing
 * error (1025 for 2025). A request limit only: events stored under other limits still load.
 * The upper limit, a few minutes past the time of recording, is a rule of the aggregate.
 */
@Documented
@Constraint(validatedBy = PlausibleOccurredAt.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleOccurredAt {

    Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    String message() default "must not be before 1900-01-01T00:00:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleOccurredAt, Instant> {

        @Override
        public boolean isValid(Instant occurredAt, ConstraintValidatorContext context) {
            return occurredAt == null || !occurredAt.isBefore(EARLIEST);
        }
    }
}
