package org.sportello.platform.personaldata;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logs every read that shows a subject's personal data in clear ({@code personal_data_read}), so
 * that administrators can audit who looked at whose data, and when. A read that shows only
 * {@value Personal#ERASED_TEXT}, or no value at all, shows nothing personal and is not logged.
 * Written in the reading request's transaction, if there is one: a read that fails is no read.
 */
public class PersonalDataReads {

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param operatorId who read: the caller's {@code sub}
     * @param what       what was shown, in a few words that name no personal data, e.g. {@code citizen record}
     */
    public void record(SubjectId subject, String operatorId, String what) {
        jdbc.sql("INSERT INTO personal_data_read (subject_id, operator_id, read_at, what) VALUES (?, ?, ?, ?)")
                .params(subject.value(), operatorId, Timestamp.from(clock.instant()), what)
                .update();
    }
}
