package org.sportello.reporting.research.codingschemes;

/**
 * A new coding scheme was written, COMPUTING: published inside the transaction that wrote it, so
 * that a listener after the commit can compute its episodes from the stored facts.
 */
public record CodingSchemeCreated(String version) {
}
