package org.sportello.platform.openapi;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A code list's {@link JsonEnumDefaultValue} constant ({@code UNRECOGNISED}) stands in for a
 * stored code no longer in use, so that old events and rows still load; no request may send it
 * (the services refuse it). Answers may show it, so it stays in their enums, but it is left out of
 * every enum a client sends.
 *
 * <p>Two steps, because a property does not know whether it is in a request: {@link #marker()}
 * notes on each enum (a property's, or its items') which values stand in, and
 * {@link #customise(OpenAPI)} drops them from the schemas requests reach, then removes the notes.
 */
class StandInCodes implements OpenApiCustomizer {

    static final String STAND_INS = "x-sportello-stand-ins";

    static PropertyCustomizer marker() {
        return StandInCodes::mark;
    }

    @SuppressWarnings("rawtypes")
    static Schema mark(Schema property, AnnotatedType type) {
        if (property == null || type == null || type.getType() == null) {
            return property;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Schema<?> codes = property;
        if (javaType.isContainerType() && javaType.getContentType() != null && property.getItems() != null) {
            javaType = javaType.getContentType();
            codes = property.getItems();
        }
        if (!javaType.isEnumType() || codes.getEnum() == null) {
            return property;
        }
        List<String> standIns = standIns(javaType.getRawClass());
        if (!standIns.isEmpty()) {
            codes.addExtension(STAND_INS, standIns);
        }
        return property;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Schemas.forEachInRequests(openApi, schema -> {
            if (schema.getExtensions() != null && schema.getExtensions().get(STAND_INS) instanceof List<?> standIns
                    && schema.getEnum() != null) {
                schema.getEnum().removeIf(value -> standIns.contains(String.valueOf(value)));
            }
        });
        Schemas.forEach(openApi, schema -> {
            if (schema.getExtensions() != null) {
                schema.getExtensions().remove(STAND_INS);
                if (schema.getExtensions().isEmpty()) {
                    schema.setExtensions(null);
                }
            }
        });
    }

    private static List<String> standIns(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Field field : enumType.getFields()) {
            if (field.isEnumConstant() && field.isAnnotationPresent(JsonEnumDefaultValue.class)) {
                names.add(field.getName());
            }
        }
        return names;
    }
}
