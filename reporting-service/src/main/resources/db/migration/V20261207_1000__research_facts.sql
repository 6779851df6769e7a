-- Care versus control (issue 12): the facts beyond V20261206_1000 that the research projections keep.

-- Referral's ReferralSent, one row per referral: its own table, so that the research-referrals
-- projection alone writes it and can be rebuilt alone. research_case.referred_at is the earliest
-- sent_at of the case's referrals, kept by both projections whichever arrives first.
CREATE TABLE research_referral (
    referral_id UUID        PRIMARY KEY,
    case_id     UUID        NOT NULL,
    citizen_id  UUID,
    sent_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX research_referral_by_case ON research_referral (case_id);

-- Citizens whose personal data intake erased: a CitizenRegistered that arrives after the erasure
-- (a replayed dead letter, a rebuild reading another partition first) must not bring the birth
-- year and sex back. Only the pseudonymous id, which reveals nothing once intake has erased the person.
CREATE TABLE research_erased_citizen (
    citizen_id UUID PRIMARY KEY
);

-- The scheduled check looks for open episodes whose window has passed.
CREATE INDEX research_episode_open ON research_episode (scheme, opened_at) WHERE ended_by = 'OPEN';
