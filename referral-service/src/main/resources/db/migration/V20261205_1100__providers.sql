-- The provider registry. provider_id_claim is command-side (each id claimed once, in the
-- registering command's transaction, never emptied); provider and provider_municipality are the
-- read model of the subscribing group referral-projections, rebuilt from the event store.

CREATE TABLE provider_id_claim (
    provider_id text        NOT NULL PRIMARY KEY,
    claimed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE provider (
    provider_id                    text        NOT NULL PRIMARY KEY,
    name                           text        NOT NULL,
    kind                           text        NOT NULL,
    service_type                   text        NOT NULL,
    district_id                    text        NOT NULL,
    contact_channel                text        NOT NULL,
    response_deadline_working_days integer     NOT NULL,
    registered_at                  timestamptz NOT NULL
);

CREATE INDEX provider_by_district ON provider (district_id, service_type);

-- The municipalities a provider serves, in the order registered; none: its whole district.
CREATE TABLE provider_municipality (
    provider_id     text    NOT NULL,
    position        integer NOT NULL,
    municipality_id text    NOT NULL,
    PRIMARY KEY (provider_id, position)
);
