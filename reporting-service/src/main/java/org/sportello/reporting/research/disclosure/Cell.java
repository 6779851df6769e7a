package org.sportello.reporting.research.disclosure;

/**
 * One count a table would publish, such as the episodes opened at one office in one month.
 * {@code id} names the cell across every table of a release (e.g. {@code 2025-03/episodes/monza-centro}),
 * so that two tables sharing a cell share its fate.
 */
public record Cell(String id, long value) {
}
