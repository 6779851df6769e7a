-- Appointments: the operators' booked time as a command-side claim, and the read models of requests
-- (with the waiting list) and appointments.

-- "No operator is booked twice at once" spans appointments, so it lives on the command side as a
-- claim, like intake's open_case_claim: written and deleted only by command handlers, in the
-- command's transaction (booking claims, rescheduling and cancelling release). The exclusion
-- constraint decides between racing bookings: of two overlapping windows of one operator, the second
-- to insert waits for the first, and fails when it commits. Never a read model: never rebuilt.
-- btree_gist gives the constraint "=" on text; creating it needs the database owner (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE operator_booking (
    appointment_id UUID        NOT NULL,
    operator_id    VARCHAR(64) NOT NULL,
    office_id      VARCHAR(64) NOT NULL,
    -- [start, end): an interview ending at 10:00 leaves the operator free for one starting at 10:00.
    during         TSTZRANGE   NOT NULL,
    PRIMARY KEY (appointment_id, operator_id),
    CONSTRAINT operator_booked_once EXCLUDE USING gist (operator_id WITH =, during WITH &&)
);

-- Read model: requests as staff follow them, the waiting list among them (waiting, in order of
-- request). callback_phone is the ciphertext the event holds, under the request's own key: erased
-- with it, never in plain text.
CREATE TABLE appointment_request (
    request_id       UUID         PRIMARY KEY,
    office_id        VARCHAR(64)  NOT NULL,
    citizen_id       UUID,
    callback_phone   BYTEA,
    requested_via    VARCHAR(16)  NOT NULL,
    required_roles   VARCHAR(200) NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    waiting          BOOLEAN      NOT NULL DEFAULT FALSE,
    offer_start      TIMESTAMPTZ,
    offer_end        TIMESTAMPTZ,
    offer_operators  TEXT,
    offered_at       TIMESTAMPTZ,
    appointment_id   UUID
);

CREATE INDEX appointment_request_waiting ON appointment_request (office_id, requested_at, request_id) WHERE waiting;

-- Read model: appointments as staff read them, by office and local day (Europe/Rome) in start order.
CREATE TABLE appointment (
    appointment_id      UUID        PRIMARY KEY,
    request_id          UUID        NOT NULL,
    office_id           VARCHAR(64) NOT NULL,
    citizen_id          UUID,
    local_date          DATE        NOT NULL,
    start_at            TIMESTAMPTZ NOT NULL,
    end_at              TIMESTAMPTZ NOT NULL,
    operators           TEXT        NOT NULL,
    status              VARCHAR(16) NOT NULL,
    requested_at        TIMESTAMPTZ NOT NULL,
    booked_at           TIMESTAMPTZ NOT NULL,
    rescheduled_at      TIMESTAMPTZ,
    cancelled_by        VARCHAR(16),
    cancel_reason       TEXT,
    ended_at            TIMESTAMPTZ
);

CREATE INDEX appointment_office_day ON appointment (office_id, local_date, start_at);
