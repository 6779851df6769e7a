package org.sportello.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Every problem keeps the sizes the OpenAPI documents give its members, whatever it quotes. */
class ProblemsTest {

    private static final Pattern NO_CONTROL_CHARACTERS = Pattern.compile(Problems.NO_CONTROL_CHARACTERS);

    @Test
    void listsAtMostTheDocumentedNumberOfErrorsAndSaysHowManyThereWere() {
        List<Problems.FieldError> errors = IntStream.range(0, 201)
                .mapToObj(i -> new Problems.FieldError("operators[" + i + "].operatorId", "must not be blank"))
                .toList();

        ProblemDetail problem = Problems.invalidInput(errors);

        assertThat((List<?>) problem.getProperties().get("errors")).hasSize(Problems.MAX_ERRORS)
                .first().isEqualTo(errors.get(0));
        assertThat(problem.getDetail()).isEqualTo("201 fields are invalid; errors lists the first 100");
    }

    @Test
    void aFieldAndAReasonThatQuoteTheRequestAreCutAndKeptOnOneLine() {
        Problems.FieldError error = new Problems.FieldError("x".repeat(1000) + "\n", "'" + "\r\nforged".repeat(100) + "' is not a UUID");

        assertThat(error.field()).hasSize(Problems.FIELD_LENGTH).endsWith("\u2026").matches(NO_CONTROL_CHARACTERS);
        assertThat(error.reason()).hasSize(Problems.REASON_LENGTH).startsWith("'  forged").matches(NO_CONTROL_CHARACTERS);
    }

    @Test
    void aDetailIsCutToItsDocumentedLength() {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "clash", "Clash", "d".repeat(5000) + "\u0007");

        assertThat(problem.getDetail()).hasSize(Problems.DETAIL_LENGTH).endsWith("d\u2026");
    }

    @Test
    void aShortCleanTextIsKeptAsItIs() {
        assertThat(new Problems.FieldError("needs[0].categories", "must not be empty"))
                .isEqualTo(new Problems.FieldError("needs[0].categories", "must not be empty"))
                .extracting(Problems.FieldError::reason).isEqualTo("must not be empty");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "a".repeat(Problems.FIELD_LENGTH - 2) + "\uD83D\uDE00" + "tail";

        String cut = new Problems.FieldError(text, "r").field();

        assertThat(cut).hasSize(Problems.FIELD_LENGTH - 1).endsWith("a\u2026");
    }
}
