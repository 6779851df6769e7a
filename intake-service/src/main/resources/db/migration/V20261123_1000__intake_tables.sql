-- Intake's own tables. The event store (db/axon, from infra/platform) is the source of truth;
-- these are written in the same transaction as the events, by the command handlers
-- (fiscal_code_claim) and by subscribing projections (the rest), so reads see every accepted command.

-- One row per fiscal code: the unique key that serialises concurrent registrations of one person.
CREATE TABLE fiscal_code_claim (
    fiscal_code VARCHAR(16) PRIMARY KEY,
    citizen_id  UUID        NOT NULL UNIQUE
);

CREATE TABLE citizen (
    citizen_id                UUID         PRIMARY KEY,
    fiscal_code               VARCHAR(16)  NOT NULL UNIQUE,
    first_name                VARCHAR(100) NOT NULL,
    last_name                 VARCHAR(100) NOT NULL,
    birth_date                DATE         NOT NULL,
    sex                       CHAR(1)      NOT NULL,
    municipality_of_residence VARCHAR(100) NOT NULL,
    phone                     VARCHAR(40),
    email                     VARCHAR(254),
    registered_at             TIMESTAMPTZ  NOT NULL,
    -- Also the row that contact recording locks, so one citizen's contacts open at most one case.
    open_case_id              UUID
);

CREATE TABLE case_file (
    case_id             UUID        PRIMARY KEY,
    citizen_id          UUID        NOT NULL REFERENCES citizen (citizen_id),
    office_id           VARCHAR(64) NOT NULL,
    state               VARCHAR(16) NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    taken_in_charge_by  VARCHAR(100),
    taken_in_charge_at  TIMESTAMPTZ,
    closed_by           VARCHAR(100),
    closed_at           TIMESTAMPTZ,
    closure_reason      VARCHAR(32)
);
CREATE INDEX case_file_citizen ON case_file (citizen_id);

CREATE TABLE contact (
    contact_id  UUID        PRIMARY KEY,
    case_id     UUID        REFERENCES case_file (case_id),
    citizen_id  UUID        REFERENCES citizen (citizen_id),
    office_id   VARCHAR(64) NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    operators   JSONB       NOT NULL,
    needs       JSONB       NOT NULL,
    outcomes    JSONB       NOT NULL,
    notes       TEXT
);
CREATE INDEX contact_case ON contact (case_id, occurred_at);

-- Every read of a citizen's personal data, for administrators' audits.
CREATE TABLE personal_data_read (
    id          BIGSERIAL    PRIMARY KEY,
    citizen_id  UUID         NOT NULL,
    operator_id VARCHAR(100) NOT NULL,
    read_at     TIMESTAMPTZ  NOT NULL,
    what        VARCHAR(64)  NOT NULL
);
CREATE INDEX personal_data_read_citizen ON personal_data_read (citizen_id, read_at);
