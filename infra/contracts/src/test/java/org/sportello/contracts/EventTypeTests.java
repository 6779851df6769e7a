package org.sportello.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code ce_type} consumers dispatch on is a stable name of the event and its version, never
 * a Java class name: moving or renaming a class must not change the wire.
 */
public abstract class EventTypeTests extends ContractVersionTests {

    protected EventTypeTests(ContractVersion contract) {
        super(contract);
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventDeclaresItsCloudEventType(Class<? extends Record> event) throws ReflectiveOperationException {
        Field type = event.getDeclaredField("TYPE");

        assertThat(type.getType()).isEqualTo(String.class);
        assertThat(Modifier.isPublic(type.getModifiers())).as("public").isTrue();
        assertThat(Modifier.isStatic(type.getModifiers())).as("static").isTrue();
        assertThat(Modifier.isFinal(type.getModifiers())).as("final").isTrue();
        assertThat((String) type.get(null))
                .matches("^sportello\\." + Pattern.quote(contract.service()) + "\\.[A-Z][A-Za-z]+\\.v[0-9]+$")
                .isEqualTo(contract.typeOf(event))
                .doesNotContain(event.getPackageName());
    }
}
