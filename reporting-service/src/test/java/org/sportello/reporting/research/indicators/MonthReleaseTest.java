package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.disclosure.Cell;
import org.sportello.reporting.research.disclosure.Relation;
import org.sportello.reporting.research.disclosure.Release;
import org.sportello.reporting.research.disclosure.Table;

class MonthReleaseTest {

    // Monza: a central office and a neighbourhood one; Lecco: one office; both in the district brianza.
    static final Registry REGISTRY = new Registry(List.of(
            new Registry.Office("monza-centro", "Monza Centro", "monza", "Monza", "brianza", "Brianza", true),
            new Registry.Office("monza-rocco", "Monza San Rocco", "monza", "Monza", "brianza", "Brianza", false),
            new Registry.Office("lecco-centro", "Lecco Centro", "lecco", "Lecco", "brianza", "Brianza", true)));

    private static MonthFigures march() {
        return MonthFigures.of("2025-03", REGISTRY, Map.of(
                "monza-centro", new Counts(20, 7, 6, 18, 5, 30, 9, 0),
                "monza-rocco", new Counts(10, 5, 0, 5, 0, 10, 0, 0),
                "lecco-centro", new Counts(3, 3, 0, 3, 0, 4, 0, 0)), Map.of());
    }

    @Test
    void everyCountOfEveryUnitAtEveryLevelIsACellTiedToItsParts() {
        Release release = MonthRelease.of(march(), Set.of());
        Table episodes = table(release, "episodes");

        assertThat(episodes.cells()).containsExactlyInAnyOrder(
                new Cell("2025-03/episodes/office/lecco-centro", 3),
                new Cell("2025-03/episodes/office/monza-centro", 20),
                new Cell("2025-03/episodes/office/monza-rocco", 10),
                new Cell("2025-03/episodes/municipality/lecco", 3),
                new Cell("2025-03/episodes/municipality/monza", 30),
                new Cell("2025-03/episodes/district/brianza", 33));
        assertThat(episodes.relations()).containsExactlyInAnyOrder(
                Relation.sum("2025-03/episodes/municipality/lecco", List.of("2025-03/episodes/office/lecco-centro")),
                Relation.sum("2025-03/episodes/municipality/monza",
                        List.of("2025-03/episodes/office/monza-centro", "2025-03/episodes/office/monza-rocco")),
                Relation.sum("2025-03/episodes/district/brianza",
                        List.of("2025-03/episodes/municipality/lecco", "2025-03/episodes/municipality/monza")));
    }

    @Test
    void decentralisedEpisodesAreThoseOfOfficesThatAreNotCentral() {
        Release release = MonthRelease.of(march(), Set.of());

        assertThat(table(release, "decentralised").cells()).contains(
                new Cell("2025-03/decentralised/office/monza-centro", 0),
                new Cell("2025-03/decentralised/office/monza-rocco", 10),
                new Cell("2025-03/decentralised/municipality/monza", 10),
                new Cell("2025-03/decentralised/district/brianza", 10));
    }

    @Test
    void aSharesNumeratorAndComplementAddUpToItsDenominator() {
        Release release = MonthRelease.of(march(), Set.of());

        // Drop-off at Monza Centro: 5 of 18 ended, so 13 did not drop off.
        assertThat(table(release, "dropOff-not").cells())
                .contains(new Cell("2025-03/dropOff-not/office/monza-centro", 13));
        assertThat(table(release, "dropOffShare").relations()).contains(Relation.sum(
                "2025-03/ended/office/monza-centro",
                List.of("2025-03/dropOff/office/monza-centro", "2025-03/dropOff-not/office/monza-centro")));
    }

    @Test
    void eachOfficesStaffKnowTheirOwnCellsAndLastMonthsPatternIsCarriedOver() {
        Release release = MonthRelease.of(march(), MonthRelease.moved(
                Set.of("2025-02/episodes/office/lecco-centro", "2025-02/careFirst/municipality/lecco"),
                "2025-02", "2025-03"));

        assertThat(release.insiders()).hasSize(3);
        assertThat(release.insiders()).anySatisfy(known -> assertThat(known)
                .contains("2025-03/episodes/office/monza-rocco", "2025-03/joint-not/office/monza-rocco")
                .allMatch(id -> id.endsWith("/office/monza-rocco")));
        assertThat(release.lastWithheld()).containsExactlyInAnyOrder("2025-03/episodes/office/lecco-centro",
                "2025-03/careFirst/municipality/lecco");
    }

    private static Table table(Release release, String name) {
        return release.tables().stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }
}
