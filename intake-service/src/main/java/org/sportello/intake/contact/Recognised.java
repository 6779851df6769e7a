package org.sportello.intake.contact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A code that is in use: not {@code UNRECOGNISED}, which only stands in for a retired code in a
 * stored event. A client sending it gets the same 400 as for any other code intake does not take.
 */
@Documented
@Constraint(validatedBy = Recognised.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Recognised {

    /** The name every intake code enum gives its stand-in for retired codes. */
    String UNRECOGNISED = "UNRECOGNISED";

    String message() default "is not a code in use";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Recognised, Enum<?>> {

        @Override
        public boolean isValid(Enum<?> code, ConstraintValidatorContext context) {
            return code == null || !code.name().equals(UNRECOGNISED);
        }
    }
}
