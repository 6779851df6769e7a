package org.sportello.platform.validation;

import java.util.Collection;
import java.util.HashSet;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class DistinctValidator implements ConstraintValidator<Distinct, Collection<?>> {

    @Override
    public boolean isValid(Collection<?> values, ConstraintValidatorContext context) {
        return values == null || new HashSet<>(values).size() == values.size();
    }
}
