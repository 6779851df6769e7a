package org.sportello.platform.relay;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a contract record's published type, its {@code public static final String TYPE}, such as
 * {@code sportello.intake.ContactRecorded.v1}: never the Java class name, so a refactoring cannot
 * change the wire.
 */
final class ContractType {

    private static final Map<Class<?>, String> TYPES = new ConcurrentHashMap<>();

    private ContractType() {
    }

    static String of(Object contractEvent) {
        return TYPES.computeIfAbsent(contractEvent.getClass(), ContractType::read);
    }

    private static String read(Class<?> type) {
        try {
            Field field = type.getField("TYPE");
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                throw new IllegalArgumentException(type.getName() + ".TYPE must be a static String");
            }
            return (String) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException(type.getName() + " is not a contract event: it has no public TYPE", e);
        }
    }
}
