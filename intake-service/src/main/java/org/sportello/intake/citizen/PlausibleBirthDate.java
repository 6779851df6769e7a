package org.sportello.intake.citizen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Between 1900-01-01 and today: nobody the service meets was born earlier, so an earlier year is
 * a typing error, and nobody is born tomorrow. Today comes from the validator's clock. A request
 * limit only: citizens registered under other limits still load.
 */
@Documented
@Constraint(validatedBy = PlausibleBirthDate.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleBirthDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    String message() default "must be between 1900-01-01 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate birthDate, ConstraintValidatorContext context) {
            if (birthDate == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !birthDate.isBefore(EARLIEST) && !birthDate.isAfter(today);
        }
    }
}
