package org.sportello.platform.personaldata;

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
 * A ground of GDPR art. 17(1): not {@code UNRECOGNISED}, which only stands in for a retired ground
 * in a stored event. A client sending it gets the same 400 as for any other word.
 */
@Documented
@Constraint(validatedBy = GroundInUse.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface GroundInUse {

    String message() default "must be one of [CONSENT_WITHDRAWN, NO_LONGER_NECESSARY, OBJECTION, "
            + "UNLAWFUL_PROCESSING, LEGAL_OBLIGATION]";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GroundInUse, ErasureGround> {

        @Override
        public boolean isValid(ErasureGround ground, ConstraintValidatorContext context) {
            return ground != ErasureGround.UNRECOGNISED;
        }
    }
}
