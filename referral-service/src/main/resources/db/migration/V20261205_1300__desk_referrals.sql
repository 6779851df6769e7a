-- Partner desks' referrals to the secretariat. desk_contact_claim is command-side (a contact is
-- referred on once, claimed in the sending command's transaction, never emptied); desk_referral is
-- the read model of the subscribing group referral-projections, rebuilt from the event store.

CREATE TABLE desk_contact_claim (
    contact_id       uuid        NOT NULL PRIMARY KEY,
    desk_referral_id uuid        NOT NULL,
    claimed_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE desk_referral (
    desk_referral_id uuid        NOT NULL PRIMARY KEY,
    contact_id       uuid        NOT NULL,
    from_office_id   text        NOT NULL,
    to_office_id     text        NOT NULL,
    district_id      text        NOT NULL,
    user_area        text        NOT NULL,
    categories       text[]      NOT NULL,
    state            text        NOT NULL,
    sent_at          timestamptz NOT NULL,
    acknowledged_at  timestamptz
);

CREATE INDEX desk_referral_incoming ON desk_referral (to_office_id, sent_at);
