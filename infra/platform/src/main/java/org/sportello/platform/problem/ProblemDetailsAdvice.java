package org.sportello.platform.problem;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.platform.json.RefusedJsonValue;
import org.sportello.platform.web.MalformedUtf8;
import org.sportello.platform.web.RequestBodyTooLarge;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 problem: domain exceptions by their {@link DomainException.Kind},
 * binding and JSON errors with the offending field, bodies the platform's guard stopped while they
 * were read (too large, not UTF-8), Spring MVC's own refusals (405, 406, 415, 404) with a Sportello
 * type and the header or part at fault, anything unexpected as a bare 500 without internals.
 * Controllers therefore never catch. Refusals made before Spring MVC (filters, Spring Security,
 * Tomcat) are written in the same shape by {@link ProblemResponses}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** The constant that stands in for a stored code no longer in use; never one a request may send. */
    static final String UNRECOGNISED = "UNRECOGNISED";

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
        ProblemDetail body = bodyRefusal(exception);
        if (body != null) {
            return ResponseEntity.status(body.getStatus()).body(body);
        }
        log.error("Unexpected failure", exception);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR, "Internal error",
                "The request could not be completed; nothing was recorded. The failure is logged."));
    }

    public static ProblemDetail toProblem(DomainException exception) {
        HttpStatus status = statusOf(exception.kind());
        ProblemDetail problem = Problems.of(status, exception.typeSlug(), titleOf(exception), exception.getMessage());
        if (exception.field() != null) {
            Problems.setErrors(problem, List.of(new Problems.FieldError(exception.field(), exception.getMessage())));
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
        ProblemDetail body = bodyRefusal(exception);
        if (body != null) {
            return ResponseEntity.status(body.getStatus()).body(body);
        }
        return ResponseEntity.badRequest().body(Problems.invalidInput(List.of(describeUnreadable(exception))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Set<?> supported = exception.getSupportedHttpMethods();
        String reason = supported == null || supported.isEmpty() ? "is not supported here"
                : "must be one of " + supported.stream().map(Object::toString).sorted().toList();
        // headers carry Allow, as RFC 9110 asks of a 405.
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(Problems.ofField(
                HttpStatus.METHOD_NOT_ALLOWED, Problems.METHOD_NOT_ALLOWED, "Method not allowed",
                new Problems.FieldError("method", exception.getMethod() + " " + reason)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(Problems.ofField(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                new Problems.FieldError(HttpHeaders.CONTENT_TYPE, "must be " + mediaTypes(exception.getSupportedMediaTypes()))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The client accepts none of the types we write, so it gets the problem in the one it cannot refuse.
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.ofField(HttpStatus.NOT_ACCEPTABLE, Problems.NOT_ACCEPTABLE, "Not acceptable",
                        new Problems.FieldError(HttpHeaders.ACCEPT, "must include "
                                + mediaTypes(exception.getSupportedMediaTypes()))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFoundPath();
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFoundPath();
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception instanceof MissingRequestHeaderException missing) {
            return ResponseEntity.badRequest().body(Problems.invalidInput(
                    List.of(new Problems.FieldError(missing.getHeaderName(), "is required"))));
        }
        return ResponseEntity.badRequest().body(Problems.invalidInput(
                List.of(new Problems.FieldError("request", "is missing a required value"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "request" : exception.getPropertyName();
        String expected = exception.getRequiredType() == null ? "a valid value" : describe(exception.getRequiredType());
        return ResponseEntity.badRequest().body(Problems.invalidInput(
                List.of(new Problems.FieldError(field, "must be " + expected))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.requestBodyTooLarge(exception.getMaxUploadSize()));
    }

    /**
     * Any other refusal Spring MVC words itself (a timeout, a missing path variable) still gets a
     * Sportello type instead of {@code about:blank}, so clients switch on one vocabulary.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && "about:blank".equals(problem.getType().toString())) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            if (status != null) {
                problem.setType(java.net.URI.create(Problems.TYPE_BASE + Problems.slugOf(status)));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> notFoundPath() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.ofField(HttpStatus.NOT_FOUND,
                Problems.NOT_FOUND, "Not found", new Problems.FieldError("path", "names nothing this service has")));
    }

    private static String mediaTypes(List<MediaType> types) {
        return types.isEmpty() ? "a supported media type"
                : types.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
    }

    /** A body the platform's guard refused while it was read (see {@code RequestBodyGuard}), or null. */
    private static ProblemDetail bodyRefusal(Throwable exception) {
        RequestBodyTooLarge tooLarge = findCause(exception, RequestBodyTooLarge.class);
        if (tooLarge != null) {
            return Problems.requestBodyTooLarge(tooLarge.limit());
        }
        MalformedUtf8 malformed = findCause(exception, MalformedUtf8.class);
        if (malformed != null) {
            return Problems.invalidInput(List.of(new Problems.FieldError("body",
                    "is not valid UTF-8 (byte " + malformed.offset() + ")")));
        }
        return null;
    }

    /** Says which field of the JSON body was wrong and how, in the API's own terms. */
    private static Problems.FieldError describeUnreadable(HttpMessageNotReadableException exception) {
        JacksonException jackson = findCause(exception, JacksonException.class);
        if (jackson == null) {
            return new Problems.FieldError("body", "is missing or not readable JSON");
        }
        String field = jackson.getPath().isEmpty() ? "body" : path(jackson.getPath());
        if (jackson instanceof RefusedJsonValue refused) {
            return new Problems.FieldError(field, refused.reason());
        }
        String duplicate = duplicateKey(jackson);
        if (duplicate != null) {
            return new Problems.FieldError(duplicate, "is given more than once");
        }
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

    /**
     * The path of a key given twice, from where the parser stopped. Jackson reports duplicates
     * (STRICT_DUPLICATE_DETECTION) only as a StreamReadException with this message;
     * ProblemDetailsAdviceTest pins the wording, so a Jackson upgrade that changes it fails there.
     */
    static String duplicateKey(JacksonException exception) {
        String message = exception.getOriginalMessage();
        if (!(exception instanceof StreamReadException read) || message == null
                || !message.startsWith("Duplicate Object property") || read.processor() == null) {
            return null;
        }
        JsonParser parser = read.processor();
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.currentName() != null) {
                parts.addFirst("." + context.currentName());
            } else if (context.inArray()) {
                parts.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
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
            // UNRECOGNISED stands in for a stored code no longer in use; no request may send it.
            return "one of " + Stream.of(type.getEnumConstants())
                    .filter(constant -> !UNRECOGNISED.equals(((Enum<?>) constant).name()))
                    .map(Object::toString)
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
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static String titleOf(DomainException exception) {
        String words = exception.typeSlug().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static <T extends Throwable> T findCause(Throwable throwable, Class<T> type) {
        return Problems.findCause(throwable, type);
    }

}
