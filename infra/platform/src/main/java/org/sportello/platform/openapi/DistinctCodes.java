package org.sportello.platform.openapi;

import java.lang.annotation.Annotation;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;

import org.hibernate.validator.constraints.UniqueElements;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A list of codes marked {@link UniqueElements} names each code at most once, so it can hold no more
 * items than there are codes: the document says so ({@code uniqueItems}, {@code maxItems}), and
 * both are what the server's validation enforces.
 */
class DistinctCodes implements PropertyCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || !distinct(type) || !Schemas.isType(property, "array")) {
            return property;
        }
        property.setUniqueItems(true);
        Schema<?> items = property.getItems();
        if (property.getMaxItems() == null && items != null && items.getEnum() != null && !items.getEnum().isEmpty()) {
            property.setMaxItems(items.getEnum().size());
        }
        return property;
    }

    private static boolean distinct(AnnotatedType type) {
        if (type == null || type.getCtxAnnotations() == null) {
            return false;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof UniqueElements) {
                return true;
            }
        }
        return false;
    }
}
