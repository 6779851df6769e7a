package org.sportello.testing.openapi;

import java.util.List;

/**
 * One thing Spectral found in an OpenAPI document.
 *
 * @param rule     the rule's code, such as {@code owasp:api4:2023-string-limit}
 * @param path     where in the document, as the keys from its root
 * @param message  what the rule asks for
 * @param severity as the ruleset rates it
 * @param line     the line in the document as written to disk, from 1
 */
public record SpectralFinding(String rule, List<String> path, String message, Severity severity, int line) {

    public enum Severity {
        ERROR, WARNING, INFORMATION, HINT;

        static Severity of(int spectralCode) {
            Severity[] values = values();
            return spectralCode >= 0 && spectralCode < values.length ? values[spectralCode] : ERROR;
        }
    }

    public SpectralFinding {
        path = List.copyOf(path);
    }

    /** The location as a reader searches for it: {@code paths./api/cases/{caseId}.get.responses}. */
    public String location() {
        return path.isEmpty() ? "(document)" : String.join(".", path);
    }

    @Override
    public String toString() {
        return rule + " at " + location() + " (line " + line + "): " + message;
    }
}
