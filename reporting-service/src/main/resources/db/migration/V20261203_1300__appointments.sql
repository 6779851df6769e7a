-- Appointments per office and month, from sportello.scheduling.events. Months are calendar months
-- in Europe/Rome, written YYYY-MM; office_id is the office's slug. Only the appointments projection
-- writes these tables, and a rebuild empties them all.

-- Every office any event has named, from the earliest month an event places it in: it has a row in
-- the report for every month from then on, with its hours even when nothing was booked.
CREATE TABLE appointment_office (
    office_id   VARCHAR(64) PRIMARY KEY,
    first_month CHAR(7)     NOT NULL
);

-- Requests by the month they were made, bookings by the month they were made, cancellations by the
-- month they were made. Only ever added to.
CREATE TABLE appointment_activity (
    month     CHAR(7)     NOT NULL,
    office_id VARCHAR(64) NOT NULL,
    requested BIGINT      NOT NULL,
    booked    BIGINT      NOT NULL,
    cancelled BIGINT      NOT NULL,
    PRIMARY KEY (month, office_id)
);

-- One row per appointment with an outcome, by the month of the interview: attended with the wait
-- from request to interview (seconds on the office's clock), or missed (no wait). Keyed by the
-- appointment, so that an outcome counts once however often it is delivered, and exact percentiles
-- can be taken of the waits. Appointment ids stay in this table; no query hands them out.
CREATE TABLE appointment_outcome (
    appointment_id UUID        PRIMARY KEY,
    office_id      VARCHAR(64) NOT NULL,
    month          CHAR(7)     NOT NULL,
    attended       BOOLEAN     NOT NULL,
    wait_seconds   BIGINT      CHECK (wait_seconds >= 0),
    CHECK (attended = (wait_seconds IS NOT NULL))
);
CREATE INDEX appointment_outcome_by_month ON appointment_outcome (month, office_id);

-- Each office's weekly timetables: minutes open per week by mode, in force from valid_from until
-- the next row's date. A set for a date that already has one replaces it if recorded later.
CREATE TABLE appointment_opening_hours (
    office_id              VARCHAR(64) NOT NULL,
    valid_from             DATE        NOT NULL,
    set_at                 TIMESTAMPTZ NOT NULL,
    walk_in_minutes        INTEGER     NOT NULL CHECK (walk_in_minutes BETWEEN 0 AND 10080),
    by_appointment_minutes INTEGER     NOT NULL CHECK (by_appointment_minutes BETWEEN 0 AND 10080),
    phone_line_minutes     INTEGER     NOT NULL CHECK (phone_line_minutes BETWEEN 0 AND 10080),
    PRIMARY KEY (office_id, valid_from)
);
