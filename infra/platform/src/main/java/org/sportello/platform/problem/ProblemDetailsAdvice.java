package org.sportello.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 problem: domain exceptions by their {@link DomainException.Kind},
 * binding and JSON errors with the offending field, anything unexpected as a bare 500 without
 * internals. Controllers therefore never catch.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> domain(DomainException exception) {
        return ResponseEntity.status(statusOf(exception.kind())).body(toProblem(exception));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
        String expected = exception.getRequiredType() == null ? "a valid value"
                : describe(exception.getRequiredType());
        return badRequest(new Problems.FieldError(exception.getName(), "must be " + expected));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        DomainException domain = findCause(exception, DomainException.class);
        if (domain != null) {
            return domain(domain);
        }
        log.error("Unexpected failure", exception);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; nothing was recorded. The failure is logged."));
    }

    public static ProblemDetail toProblem(DomainException exception) {
        HttpStatus status = statusOf(exception.kind());
        ProblemDetail problem = Problems.of(status, exception.typeSlug(), titleOf(exception), exception.getMessage());
        if (exception.field() != null) {
            problem.setProperty("errors", List.of(new Problems.FieldError(exception.field(), exception.getMessage())));
        }
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalidInput(
                List.of(new Problems.FieldError(exception.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        DomainException domain = findCause(exception, DomainException.class);
        if (domain != null) {
            return ResponseEntity.status(statusOf(domain.kind())).body(toProblem(domain));
        }
        return ResponseEntity.badRequest().body(Problems.invalidInput(List.of(describeUnreadable(exception))));
    }

    /** Says which field of the JSON body was wrong and how, in the API's own terms. */
    private static Problems.FieldError describeUnreadable(HttpMessageNotReadableException exception) {
        JacksonException jackson = findCause(exception, JacksonException.class);
        if (jackson == null) {
            return new Problems.FieldError("body", "is missing or not readable JSON");
        }
        String field = jackson.getPath().isEmpty() ? "body" : path(jackson.getPath());
        if (jackson instanceof UnrecognizedPropertyException) {
            return new Problems.FieldError(field, "is not a known field");
        }
        if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return new Problems.FieldError(field, "'" + invalid.getValue() + "' is not " + describe(invalid.getTargetType()));
        }
        if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new Problems.FieldError(field, "must be " + describe(mismatched.getTargetType()));
        }
        if (jackson instanceof StreamReadException) {
            return new Problems.FieldError("body", "is not well-formed JSON: " + jackson.getOriginalMessage());
        }
        return new Problems.FieldError(field, "is not valid: " + jackson.getOriginalMessage());
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Stream.of(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "Instant" -> "an ISO-8601 instant such as 2025-01-31T09:30:00Z";
            case "LocalDate" -> "a date as YYYY-MM-DD";
            case "YearMonth" -> "a month as YYYY-MM";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "an array";
            case "int", "Integer", "long", "Long" -> "an integer";
            case "boolean", "Boolean" -> "true or false";
            default -> "a valid " + type.getSimpleName();
        };
    }

    private ResponseEntity<ProblemDetail> badRequest(Problems.FieldError error) {
        return ResponseEntity.badRequest().body(Problems.invalidInput(List.of(error)));
    }

    static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private static String titleOf(DomainException exception) {
        String words = exception.typeSlug().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static <T extends Throwable> T findCause(Throwable throwable, Class<T> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

}
