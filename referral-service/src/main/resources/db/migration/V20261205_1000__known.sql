-- What referral knows of other services, each table filled from another service's topic by a Kafka
-- projection (known/) and rebuilt from that topic (POST /api/admin/read-models/<name>/rebuild):
-- known-offices: districts, municipalities and offices from sportello.scheduling.events;
-- known-cases: cases from sportello.intake.events; known-desk-contacts: partner desks' orientation
-- contacts (channel PARTNER_DESK) from sportello.intake.events, and nothing of their needs.

CREATE TABLE known_district (
    district_id text        NOT NULL PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Keyed by municipality on scheduling's topic, so it may arrive before its district: no foreign key.
CREATE TABLE known_municipality (
    municipality_id text        NOT NULL PRIMARY KEY,
    district_id     text        NOT NULL,
    name            text        NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE INDEX known_municipality_by_district ON known_municipality (district_id);

-- Keyed by office, so it may arrive before its municipality: the district is joined when read.
CREATE TABLE known_office (
    office_id       text        NOT NULL PRIMARY KEY,
    municipality_id text        NOT NULL,
    kind            text        NOT NULL,
    name            text        NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE TABLE known_case (
    case_id    uuid        NOT NULL PRIMARY KEY,
    citizen_id uuid        NOT NULL,
    office_id  text        NOT NULL,
    opened_at  timestamptz NOT NULL,
    closed_at  timestamptz
);

CREATE TABLE known_desk_contact (
    contact_id  uuid        NOT NULL PRIMARY KEY,
    office_id   text        NOT NULL,
    recorded_by text,
    occurred_at timestamptz NOT NULL
);
