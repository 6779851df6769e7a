package org.sportello.testing.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a service's OpenAPI document with Spectral and Sportello's ruleset ({@value #RULESET}
 * beside this class: Spectral's OpenAPI rules and the OWASP API Security ruleset). A service's
 * test fetches {@code /v3/api-docs} and asserts that {@link Result#against} finds no difference
 * from the service's {@link KnownFindings}: every string, array and integer has a limit, and every
 * operation documents its error answers, except the few findings listed there with the reason.
 *
 * <p>The document is written under {@code target/openapi/} of the module under test (Maven runs
 * tests in the module's directory), indented, so a finding's line number leads to it.
 */
public final class OpenApiLint {

    public static final String RULESET = "sportello.spectral.yaml";

    /**
     * The OWASP rules the documents must satisfy: limits on every value a client sends or receives
     * (resource consumption, OWASP API4) and documented error answers (misconfiguration, API8).
     * Other findings, such as rate-limit headers the services do not send, are reported but do not
     * fail: a document must not promise what the server does not do.
     */
    public static final Set<String> LIMIT_AND_ERROR_RULES = Set.of(
            "owasp:api4:2023-string-limit",
            "owasp:api4:2023-string-restricted",
            "owasp:api4:2023-array-limit",
            "owasp:api4:2023-integer-limit",
            "owasp:api4:2023-integer-limit-legacy",
            "owasp:api4:2023-integer-format",
            "owasp:api8:2023-define-error-validation",
            "owasp:api8:2023-define-error-responses-401",
            "owasp:api8:2023-define-error-responses-500");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiLint() {
    }

    /** What Spectral found in one service's document. */
    public record Result(Path document, List<SpectralFinding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        /**
         * The findings the check asserts: those of {@link #LIMIT_AND_ERROR_RULES}, each a missing
         * limit or a missing error answer, and every error of Spectral's own OpenAPI rules, which
         * means the document itself is not valid OpenAPI.
         */
        public List<SpectralFinding> asserted() {
            return findings.stream().filter(OpenApiLint::isAsserted).toList();
        }

        /** Every other finding, for the reader; not asserted. */
        public List<SpectralFinding> others() {
            return findings.stream().filter(finding -> !isAsserted(finding)).toList();
        }

        /**
         * What fails the check, one a line: every {@link #asserted()} finding that {@code known}
         * does not list, and every entry of {@code known} that is no longer found (so
         * the list only ever shrinks). Empty when the document is as good as {@code known} says.
         */
        public List<String> against(KnownFindings known) {
            Set<String> found = new LinkedHashSet<>();
            List<String> failures = new ArrayList<>();
            for (SpectralFinding finding : asserted()) {
                String key = KnownFindings.key(finding);
                found.add(key);
                if (!known.contains(key)) {
                    failures.add("found:  " + finding);
                }
            }
            known.entries().stream().filter(entry -> !found.contains(entry))
                    .forEach(entry -> failures.add("fixed, so remove it from " + known.source() + ": " + entry));
            return failures;
        }

        /** A failure message for {@code failures}, saying where the document and Spectral's report are. */
        public String report(List<String> failures) {
            return failures.size() + " difference(s) from the known findings of the asserted rules in "
                    + document.toAbsolutePath() + " (Spectral's report beside it):\n"
                    + failures.stream().map(line -> "  " + line).collect(Collectors.joining("\n"));
        }
    }

    private static boolean isAsserted(SpectralFinding finding) {
        return LIMIT_AND_ERROR_RULES.contains(finding.rule())
                || (!finding.rule().startsWith("owasp:") && finding.severity() == SpectralFinding.Severity.ERROR);
    }

    /**
     * Lints the service's document and fails, listing every finding of the
     * {@link #LIMIT_AND_ERROR_RULES limit and error-answer rules}, unless there is none: what every
     * service's OpenAPI test asserts.
     */
    public static void requireNoFindings(String service, String document) {
        Result lint = check(service, document);
        List<String> failures = lint.against(KnownFindings.none());
        if (!failures.isEmpty()) {
            throw new AssertionError(lint.report(failures));
        }
    }

    /**
     * Writes {@code document} (the JSON served at {@code /v3/api-docs}) to
     * {@code target/openapi/<service>.json} and lints it.
     */
    public static Result check(String service, String document) {
        JsonNode parsed = JSON.readTree(document);
        Path file = Path.of("target", "openapi", service + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(parsed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(file, Spectral.installed().lint(file, RULESET));
    }
}
