-- The office registry. registry_id is command-side (claims of ids, never emptied); the rest is the
-- read model of the subscribing group scheduling-projections, rebuilt from the event store.

CREATE TABLE registry_id (
    kind text NOT NULL,
    id   text NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE district (
    district_id text        NOT NULL PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE municipality (
    municipality_id text        NOT NULL PRIMARY KEY,
    name            text        NOT NULL,
    district_id     text        NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE INDEX municipality_by_district ON municipality (district_id);

CREATE TABLE office (
    office_id       text        NOT NULL PRIMARY KEY,
    municipality_id text        NOT NULL,
    name            text        NOT NULL,
    address         text        NOT NULL,
    kind            text        NOT NULL,
    partner_name    text,
    created_at      timestamptz NOT NULL
);

CREATE INDEX office_by_municipality ON office (municipality_id);

-- One row per OpeningHoursSet, by the event's sequence number in the office's stream: a set with
-- the same valid_from as an earlier one replaces it for those dates (the higher seq wins).
CREATE TABLE opening_hours (
    office_id  text        NOT NULL,
    seq        bigint      NOT NULL,
    valid_from date        NOT NULL,
    set_at     timestamptz NOT NULL,
    PRIMARY KEY (office_id, seq)
);

CREATE TABLE opening_slot (
    office_id   text     NOT NULL,
    seq         bigint   NOT NULL,
    slot_index  integer  NOT NULL,
    day_of_week smallint NOT NULL, -- ISO: 1 Monday .. 7 Sunday
    from_time   time     NOT NULL,
    to_time     time     NOT NULL,
    mode        text     NOT NULL,
    PRIMARY KEY (office_id, seq, slot_index)
);

CREATE TABLE closure (
    office_id    text        NOT NULL,
    seq          bigint      NOT NULL,
    from_date    date        NOT NULL,
    to_date      date        NOT NULL,
    reason       text        NOT NULL,
    scheduled_at timestamptz NOT NULL,
    PRIMARY KEY (office_id, seq)
);
