-- Referrals per provider service type and month, and partner desks' referrals per district and
-- month, from sportello.referral.events. Months are calendar months in Europe/Rome, written
-- YYYY-MM. Only the referrals projection writes these tables, and a rebuild empties them all.

-- Every service type a referral was sent to, from the earliest month one was: it has a row in the
-- report for every month from then on, even with nothing sent.
CREATE TABLE referral_service_type (
    service_type VARCHAR(32) PRIMARY KEY,
    first_month  CHAR(7)     NOT NULL
);

-- One row per referral: its fate, merged from its events in whatever order they arrive. A
-- referral's later events may be applied before its ReferralSent (a replay of a dead letter, a
-- rebuild that reads partitions at different speeds): the row then waits, with no month, until
-- ReferralSent gives it one, and no report counts it until then. Referral ids stay in this table;
-- no query hands them out, and nothing about the citizen or the case is kept.
CREATE TABLE referral_fate (
    referral_id       UUID        PRIMARY KEY,
    service_type      VARCHAR(32),
    month             CHAR(7),
    sent_at           TIMESTAMPTZ,
    -- The earliest acceptance and the earliest rejection: the first answer is the earlier of the two.
    accepted_at       TIMESTAMPTZ,
    rejected_at       TIMESTAMPTZ,
    rejection_reason  VARCHAR(16),
    completed         BOOLEAN     NOT NULL,
    withdrawn         BOOLEAN     NOT NULL,
    consent_withdrawn BOOLEAN     NOT NULL,
    overdue           BOOLEAN     NOT NULL,
    CHECK ((month IS NULL) = (sent_at IS NULL) AND (month IS NULL) = (service_type IS NULL)),
    CHECK ((rejected_at IS NULL) = (rejection_reason IS NULL))
);
CREATE INDEX referral_fate_by_month ON referral_fate (month, service_type) WHERE month IS NOT NULL;

-- Every district a partner desk sent someone on from, from the earliest month one was.
CREATE TABLE desk_referral_district (
    district_id VARCHAR(64) PRIMARY KEY,
    first_month CHAR(7)     NOT NULL
);

-- One row per desk referral, as referral_fate: by the month it was sent, whether it was taken up.
CREATE TABLE desk_referral_fate (
    desk_referral_id UUID        PRIMARY KEY,
    district_id      VARCHAR(64) NOT NULL,
    month            CHAR(7),
    acknowledged     BOOLEAN     NOT NULL
);
CREATE INDEX desk_referral_fate_by_month ON desk_referral_fate (month, district_id) WHERE month IS NOT NULL;
