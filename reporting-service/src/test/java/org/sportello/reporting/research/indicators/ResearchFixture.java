package org.sportello.reporting.research.indicators;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.sportello.reporting.research.ReportingMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the research tables directly, as the episode projections would have written them: a small
 * synthetic population whose indicators a test works out by hand. Every id carries a prefix of
 * the test's own, so that tests sharing a database never meet.
 */
public final class ResearchFixture {

    private final JdbcClient jdbc;
    private final String prefix;

    public ResearchFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code name} with the fixture's prefix: the id the registry holds. */
    public String id(String name) {
        return prefix + "-" + name;
    }

    public ResearchFixture district(String name, String title) {
        jdbc.sql("INSERT INTO research_district (district_id, name) VALUES (?, ?)").params(id(name), title).update();
        return this;
    }

    public ResearchFixture municipality(String name, String title, String district) {
        jdbc.sql("INSERT INTO research_municipality (municipality_id, name, district_id) VALUES (?, ?, ?)")
                .params(id(name), title, id(district)).update();
        return this;
    }

    public ResearchFixture office(String name, String title, String municipality, boolean central) {
        jdbc.sql("INSERT INTO research_office (office_id, municipality_id, name, kind, central) VALUES (?, ?, ?, ?, ?)")
                .params(id(name), id(municipality), title, "SECRETARIAT", central).update();
        return this;
    }

    /** An episode under scheme v1; the first contact on the 10th of {@code month} at noon in Rome. */
    public Episode episode(String office, YearMonth month) {
        return new Episode(office, month);
    }

    /** {@code count} contacts at {@code office} in {@code month}, {@code joint} of them joint interviews. */
    public ResearchFixture contacts(String office, YearMonth month, String channel, int count, int joint) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    INSERT INTO research_contact (contact_id, case_id, citizen_id, office_id, channel, occurred_at, month,
                                                  joint, outcomes, user_areas, need_categories)
                    VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ARRAY['INFORMATION_GIVEN'], ARRAY['FAMILY_AND_MINORS'],
                            ARRAY[]::varchar[])""")
                    .params(UUID.randomUUID(), id(office), channel, java.sql.Timestamp.from(noon(month)),
                            month.toString(), i < joint).update();
        }
        return this;
    }

    private static Instant noon(YearMonth month) {
        return month.atDay(10).atTime(12, 0).atZone(ReportingMonth.ZONE).toInstant();
    }

    public final class Episode {
        private final String office;
        private final YearMonth month;
        private String channel = "WALK_IN";
        private String endedBy = "OPEN";
        private boolean careFirst;
        private boolean controlBeforeCare;
        private boolean dropOff;
        private Integer daysToCare;

        private Episode(String office, YearMonth month) {
            this.office = office;
            this.month = month;
        }

        public Episode by(String channel) {
            this.channel = channel;
            return this;
        }

        /** Care at the first contact: care first, taken in charge {@code days} days later. */
        public Episode careFirst(int days) {
            careFirst = true;
            daysToCare = days;
            endedBy = "TAKEN_IN_CHARGE";
            return this;
        }

        /** Control first; care {@code days} later, or (null) never, the window passing. */
        public Episode controlBeforeCare(Integer days) {
            controlBeforeCare = true;
            daysToCare = days;
            endedBy = days == null ? "WINDOW" : "TAKEN_IN_CHARGE";
            return this;
        }

        /** Information only, and closed so. */
        public Episode droppedOff() {
            dropOff = true;
            endedBy = "CLOSED";
            return this;
        }

        /** Information only, still open. */
        public Episode open() {
            endedBy = "OPEN";
            return this;
        }

        /** Writes it {@code times} times, each a first access of its own. */
        public ResearchFixture times(int times) {
            for (int i = 0; i < times; i++) {
                UUID id = UUID.randomUUID();
                Instant openedAt = noon(month);
                jdbc.sql("""
                        INSERT INTO research_episode (scheme, episode_id, case_id, citizen_id, office_id, month, opened_at,
                                                      channel, ended_by, ended_at, contacts, outcomes, user_areas,
                                                      need_categories, care_first, control_before_care, drop_off,
                                                      days_to_care)
                        VALUES ('v1', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ARRAY['INFORMATION_GIVEN'],
                                ARRAY['FAMILY_AND_MINORS'], ARRAY[]::varchar[], ?, ?, ?, ?)""")
                        .params(id, id, UUID.randomUUID(), id(office), month.toString(),
                                java.sql.Timestamp.from(openedAt), channel, endedBy,
                                "OPEN".equals(endedBy) ? null : java.sql.Timestamp.from(openedAt.plusSeconds(86_400)),
                                careFirst, controlBeforeCare, dropOff, daysToCare)
                        .update();
            }
            return ResearchFixture.this;
        }
    }
}
