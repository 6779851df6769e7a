package org.sportello.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.hibernate.validator.constraints.UniqueElements;

class DistinctCodesTest {

    enum Outcome { INFORMATION_GIVEN, ORIENTATION, REFERRAL }

    record Request(@UniqueElements List<Outcome> outcomes, List<Outcome> repeatable) {
    }

    private final DistinctCodes distinct = new DistinctCodes();

    @Test
    void aDistinctListOfCodesHoldsAtMostOneOfEachCode() {
        Schema<?> outcomes = distinct.customize(codes(), annotatedWith(annotationsOf("outcomes")));

        assertThat(outcomes.getUniqueItems()).isTrue();
        assertThat(outcomes.getMaxItems()).isEqualTo(Outcome.values().length);
    }

    @Test
    void aListThatMayRepeatCodesIsLeftAlone() {
        Schema<?> repeatable = distinct.customize(codes(), annotatedWith(annotationsOf("repeatable")));

        assertThat(repeatable.getUniqueItems()).isNull();
        assertThat(repeatable.getMaxItems()).isNull();
    }

    private static Schema<Object> codes() {
        Schema<Object> items = Schemas.of("string");
        items.setEnum(List.of("INFORMATION_GIVEN", "ORIENTATION", "REFERRAL"));
        Schema<Object> array = Schemas.of("array");
        array.setItems(items);
        return array;
    }

    private static Annotation[] annotationsOf(String component) {
        try {
            return Request.class.getDeclaredField(component).getAnnotations();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static AnnotatedType annotatedWith(Annotation[] annotations) {
        return new AnnotatedType(List.class).ctxAnnotations(annotations).schemaProperty(true);
    }
}
