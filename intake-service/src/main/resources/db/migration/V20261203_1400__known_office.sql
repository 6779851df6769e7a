-- What intake knows of scheduling, from sportello.scheduling.events (office/KnownOfficesProjection,
-- appointment/KnownAppointmentsProjection): read models, rebuilt from the topic, never scheduling's
-- database. Names and ids as scheduling publishes them; checked by the projections before they get here.
CREATE TABLE known_office (
    office_id       VARCHAR(64) PRIMARY KEY,
    municipality_id VARCHAR(64) NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    name            TEXT        NOT NULL,
    since           TIMESTAMPTZ NOT NULL
);

CREATE TABLE known_appointment (
    appointment_id UUID        PRIMARY KEY,
    office_id      VARCHAR(64) NOT NULL,
    -- Null for an anonymous caller's appointment.
    citizen_id     UUID,
    cancelled      BOOLEAN     NOT NULL
);

-- The command side's record of which contact is an appointment's interview: at most one per
-- appointment (appointment/JdbcAppointmentContacts). Not a read model: no event on Kafka holds it
-- as such, so a rebuild never empties it.
CREATE TABLE appointment_contact_claim (
    appointment_id UUID PRIMARY KEY,
    contact_id     UUID NOT NULL UNIQUE
);

ALTER TABLE contact ADD COLUMN appointment_id UUID;
