package org.sportello.intake.citizen;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Logs every read of a citizen's personal data, so administrators can audit who looked at whom. */
@Component
public class PersonalDataReads {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PersonalDataReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(CitizenId citizenId, String operatorId, String what) {
        jdbc.sql("INSERT INTO personal_data_read (citizen_id, operator_id, read_at, what) VALUES (?, ?, ?, ?)")
                .params(citizenId.value(), operatorId, Timestamp.from(clock.instant()), what)
                .update();
    }
}
