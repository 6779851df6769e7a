-- Care versus control in first access (issue 12): the facts research keeps from every service's
-- events, the coding schemes, and the episodes computed from the facts under each scheme. Months
-- are calendar months in Europe/Rome, written YYYY-MM. Facts are written only by the research
-- projections; episodes are derived and can always be recomputed from the facts.

-- The office registry, from sportello.scheduling.events.
CREATE TABLE research_district (
    district_id VARCHAR(64) PRIMARY KEY,
    name        TEXT        NOT NULL
);
CREATE TABLE research_municipality (
    municipality_id VARCHAR(64) PRIMARY KEY,
    name            TEXT        NOT NULL,
    district_id     VARCHAR(64) NOT NULL
);
CREATE TABLE research_office (
    office_id       VARCHAR(64) PRIMARY KEY,
    municipality_id VARCHAR(64) NOT NULL,
    name            TEXT        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    -- The municipality's central office of the secretariat; every other office is decentralised.
    central         BOOLEAN     NOT NULL
);

-- Generalised attributes of a citizen, from intake's CitizenRegistered: the birth year, never the
-- date. Deleted when intake publishes CitizenErased: the episodes stay, counted, without them.
CREATE TABLE research_citizen (
    citizen_id UUID     PRIMARY KEY,
    birth_year SMALLINT,
    sex        CHAR(1)
);

-- A case's facts, merged from intake's and referral's events in whatever order they arrive.
CREATE TABLE research_case (
    case_id            UUID        PRIMARY KEY,
    citizen_id         UUID,
    office_id          VARCHAR(64),
    opened_at          TIMESTAMPTZ,
    -- The earliest of each: a fact told twice counts once.
    taken_in_charge_at TIMESTAMPTZ,
    referred_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    -- Increases with every change to the case or its contacts, so a recomputation can tell which
    -- cases changed while it ran.
    revision           BIGINT      NOT NULL
);
CREATE SEQUENCE research_case_revision;

-- Every contact, as intake published it (codes only). Anonymous contacts have no case and no citizen.
CREATE TABLE research_contact (
    contact_id      UUID        PRIMARY KEY,
    case_id         UUID,
    citizen_id      UUID,
    office_id       VARCHAR(64) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    month           CHAR(7)     NOT NULL,
    -- A social worker and an educator together.
    joint           BOOLEAN     NOT NULL,
    outcomes        VARCHAR(32)[] NOT NULL,
    user_areas      VARCHAR(32)[] NOT NULL,
    need_categories VARCHAR(48)[] NOT NULL
);
CREATE INDEX research_contact_by_case ON research_contact (case_id, occurred_at) WHERE case_id IS NOT NULL;
CREATE INDEX research_contact_by_month ON research_contact (month, office_id);

-- Coding schemes: which outcome codes count as care and which as control, and the episode window.
-- A version is never changed once written; a new version is a new row. The default, v1, is below.
CREATE TABLE research_coding_scheme (
    version     VARCHAR(32)   PRIMARY KEY,
    care        VARCHAR(32)[] NOT NULL,
    control     VARCHAR(32)[] NOT NULL,
    episode_window VARCHAR(16) NOT NULL,
    reasons     TEXT          NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    created_by  VARCHAR(128),
    -- COMPUTING while its episodes are being computed from the facts, READY once they are.
    state       VARCHAR(16)   NOT NULL,
    ready_at    TIMESTAMPTZ
);

-- One row per episode and scheme: a case's first access (episode_id is the case id) or an
-- anonymous contact (episode_id is the contact id), computed from the facts under that scheme.
CREATE TABLE research_episode (
    scheme              VARCHAR(32)   NOT NULL,
    episode_id          UUID          NOT NULL,
    case_id             UUID,
    citizen_id          UUID,
    -- The first contact: where, when, how.
    office_id           VARCHAR(64)   NOT NULL,
    month               CHAR(7)       NOT NULL,
    opened_at           TIMESTAMPTZ   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    -- TAKEN_IN_CHARGE, REFERRED, CLOSED, WINDOW (the window passed), ANONYMOUS (one contact), OPEN.
    ended_by            VARCHAR(16)   NOT NULL,
    ended_at            TIMESTAMPTZ,
    contacts            INT           NOT NULL,
    -- Every outcome code of the episode's contacts (and TAKEN_IN_CHARGE, REFERRAL from the case's
    -- events), user areas and need categories of its contacts, each once.
    outcomes            VARCHAR(32)[] NOT NULL,
    user_areas          VARCHAR(32)[] NOT NULL,
    need_categories     VARCHAR(48)[] NOT NULL,
    care_first          BOOLEAN       NOT NULL,
    control_before_care BOOLEAN       NOT NULL,
    drop_off            BOOLEAN       NOT NULL,
    -- Days (Europe/Rome calendar days) from the first contact to the first care outcome; null if none.
    days_to_care        INT,
    PRIMARY KEY (scheme, episode_id)
);
CREATE INDEX research_episode_by_month ON research_episode (scheme, month, office_id);
CREATE INDEX research_episode_by_case ON research_episode (case_id) WHERE case_id IS NOT NULL;

INSERT INTO research_coding_scheme (version, care, control, episode_window, reasons, created_at, created_by, state, ready_at)
VALUES ('v1',
        ARRAY['ORIENTATION', 'SHORT_SUPPORT_PATH', 'APPOINTMENT_PROPOSED', 'TAKEN_IN_CHARGE', 'REFERRAL'],
        ARRAY['DOCUMENTS_REQUESTED', 'ELIGIBILITY_CHECK', 'NOT_ELIGIBLE', 'ECONOMIC_SUPPORT_REQUESTED'],
        'P90D',
        'Care: the first interviews start a path of help (orientation, a short support path, an appointment, taking in charge, a referral). Control: they screen and gatekeep (documents requested, an eligibility check, not eligible, economic support screened without a path: a contact that also has a care outcome counts as care). Information given and no further action are neither. Window: a first access that has not ended after 90 days is over.',
        '2026-12-06T00:00:00Z', NULL, 'READY', '2026-12-06T00:00:00Z');
