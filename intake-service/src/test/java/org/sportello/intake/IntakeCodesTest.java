package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.intake.casefile.CaseClosureReason;
import org.sportello.intake.contact.Channel;
import org.sportello.intake.contact.ContactOutcome;
import org.sportello.intake.contact.NeedCategory;
import org.sportello.intake.contact.OperatorRole;
import org.sportello.intake.contact.Recognised;
import org.sportello.intake.contact.UserArea;

/** Intake's codes: each has a stand-in for retired codes, and each request limit counts the codes in use. */
class IntakeCodesTest {

    static Stream<Class<? extends Enum<?>>> codes() {
        return Stream.of(Channel.class, OperatorRole.class, UserArea.class, NeedCategory.class, ContactOutcome.class,
                CaseClosureReason.class);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void retiredCodesReadAsUnrecognised(Class<? extends Enum<?>> codes) throws NoSuchFieldException {
        assertThat(codes.getField(Recognised.UNRECOGNISED).isAnnotationPresent(JsonEnumDefaultValue.class)).isTrue();
        assertThat(Arrays.stream(codes.getFields()).filter(f -> f.isAnnotationPresent(JsonEnumDefaultValue.class)))
                .as("one default only").hasSize(1);
    }

    static Stream<Arguments> limits() {
        return Stream.of(Arguments.of(UserArea.class, UserArea.IN_USE),
                Arguments.of(NeedCategory.class, NeedCategory.IN_USE),
                Arguments.of(ContactOutcome.class, ContactOutcome.IN_USE));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void requestLimitIsTheNumberOfCodesInUse(Class<? extends Enum<?>> codes, int inUse) {
        assertThat(Arrays.stream(codes.getEnumConstants()).filter(code -> !code.name().equals(Recognised.UNRECOGNISED)))
                .hasSize(inUse);
    }
}
