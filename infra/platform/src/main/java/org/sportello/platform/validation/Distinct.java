package org.sportello.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A list of codes that names each code at most once: a repeated code would be counted twice. */
@Documented
@Constraint(validatedBy = DistinctValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Distinct {

    String message() default "must not repeat a code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
