package org.sportello.testing.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a service's document is known still to have, each with the reason in a comment
 * above it: a field whose limit the server does not enforce yet, so the document cannot honestly
 * state one. One finding a line, as {@code <rule> <location>}, e.g.
 * <pre>
 * # CaseView.contacts: a case's contacts are not bounded; needs paging (issue or owner here)
 * owasp:api4:2023-array-limit components.schemas.CaseView.properties.contacts
 * </pre>
 * Lines starting with {@code #} and blank lines are ignored. A listed finding that is no longer
 * found fails the check too, so the list is kept as short as the document allows.
 */
public final class KnownFindings {

    private final String source;
    private final Set<String> entries;

    private KnownFindings(String source, Set<String> entries) {
        this.source = source;
        this.entries = Set.copyOf(entries);
    }

    /** None known: every finding fails the check. */
    public static KnownFindings none() {
        return new KnownFindings("(no known findings)", Set.of());
    }

    /** Reads the list from a classpath resource, such as {@code /openapi/known-findings.txt}. */
    public static KnownFindings fromResource(String resource) {
        try (InputStream in = KnownFindings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource + " on the test classpath");
            }
            Set<String> entries = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry.replaceAll("\\s+", " "));
                }
            }
            return new KnownFindings(resource, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(SpectralFinding finding) {
        return finding.rule() + " " + finding.location();
    }

    boolean contains(String key) {
        return entries.contains(key);
    }

    List<String> entries() {
        return entries.stream().sorted().toList();
    }

    String source() {
        return source;
    }
}
