-- Monthly users per office: months are calendar months in Europe/Rome, written YYYY-MM.
-- office_id is the office's slug, or 'all' for all offices together (intake never gives an office
-- that slug). Both tables are only ever added to, by the monthly-users projection.

CREATE TABLE monthly_office_activity (
    month              CHAR(7)     NOT NULL,
    office_id          VARCHAR(64) NOT NULL,
    contacts           BIGINT      NOT NULL,
    anonymous_contacts BIGINT      NOT NULL,
    PRIMARY KEY (month, office_id)
);

-- One row per citizen seen in a month at an office (and under 'all'): the number of rows is the
-- number of distinct citizens, and a citizen seen at two offices is one row under 'all'.
-- Citizen ids stay in this table; no query hands them out.
CREATE TABLE monthly_office_citizen (
    month      CHAR(7)     NOT NULL,
    office_id  VARCHAR(64) NOT NULL,
    citizen_id UUID        NOT NULL,
    PRIMARY KEY (month, office_id, citizen_id)
);
