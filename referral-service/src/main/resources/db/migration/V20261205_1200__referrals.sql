-- Referrals: the read model of referrals as offices and providers follow them (ReferralProjection,
-- processing group referral-projections: written in the command's transaction, rebuilt from the
-- event store). No command relies on these rows; the deadline check reads them only to find the
-- referrals it asks to decide.
--
-- witness, guardian, shared_contact and case_summary are the ciphertexts the events hold, under the
-- citizen's key: erased with it (intake's CitizenErased), never in plain text.
CREATE TABLE referral (
    referral_id          UUID         PRIMARY KEY,
    state                VARCHAR(20)  NOT NULL,
    case_id              UUID         NOT NULL,
    citizen_id           UUID         NOT NULL,
    provider_id          VARCHAR(64)  NOT NULL,
    service_type         VARCHAR(32)  NOT NULL,
    from_office_id       VARCHAR(64)  NOT NULL,
    user_area            VARCHAR(32)  NOT NULL,
    -- Need categories, comma-separated codes in the order given.
    categories           VARCHAR(400) NOT NULL,
    consent_given_by     VARCHAR(16)  NOT NULL,
    consent_given_at     TIMESTAMPTZ  NOT NULL,
    consent_form         VARCHAR(24)  NOT NULL,
    witness              BYTEA,
    guardian             BYTEA,
    -- Share scopes, comma-separated codes.
    share_scope          VARCHAR(100) NOT NULL,
    shared_contact       BYTEA,
    case_summary         BYTEA,
    personal_data_erased BOOLEAN      NOT NULL DEFAULT FALSE,
    sent_at              TIMESTAMPTZ  NOT NULL,
    -- The last local day (Europe/Rome) for an answer, and the instant it is over.
    due_by               DATE         NOT NULL,
    deadline_passes_at   TIMESTAMPTZ  NOT NULL,
    overdue_at           TIMESTAMPTZ,
    answer_decision      VARCHAR(16),
    answer_source        VARCHAR(16),
    rejection_reason     VARCHAR(24),
    answered_at          TIMESTAMPTZ,
    outcome              VARCHAR(24),
    completed_at         TIMESTAMPTZ,
    withdrawal_reason    VARCHAR(24),
    withdrawn_at         TIMESTAMPTZ,
    consent_withdrawn_at TIMESTAMPTZ
);

-- An office's referrals (its overdue ones above all), oldest deadline first.
CREATE INDEX referral_office ON referral (from_office_id, state, due_by, referral_id);
-- A provider's referrals.
CREATE INDEX referral_provider ON referral (provider_id, state, due_by, referral_id);
-- A citizen's referrals, for the erasure.
CREATE INDEX referral_citizen ON referral (citizen_id);
-- The deadline check: referrals waiting for a first answer, by when their deadline passes.
CREATE INDEX referral_waiting ON referral (deadline_passes_at, referral_id) WHERE state = 'SENT';
