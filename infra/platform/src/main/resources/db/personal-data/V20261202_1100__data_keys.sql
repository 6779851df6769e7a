-- Personal data is sealed under one key per subject (a citizen, or a record that holds data of no
-- citizen), wrapped by the service's master key (SPORTELLO_MASTER_KEY). Erasure shreds the key and
-- keeps the row: a tombstone tells "erased" apart from "lost", and stops new data being sealed for
-- the subject.
CREATE TABLE data_key (
    subject_id    UUID        PRIMARY KEY,
    -- AES-256 key, AES-GCM-wrapped by the master key with 'data_key:<subject_id>' as associated data.
    wrapped_key   BYTEA,
    -- Which master key wraps it (MasterKey.id: an HMAC of a fixed text), so a rotation knows what is left.
    master_key_id VARCHAR(16),
    created_at    TIMESTAMPTZ NOT NULL,
    shredded_at   TIMESTAMPTZ,
    CONSTRAINT data_key_live_or_shredded CHECK (
        (wrapped_key IS NOT NULL AND master_key_id IS NOT NULL AND shredded_at IS NULL)
        OR (wrapped_key IS NULL AND master_key_id IS NULL AND shredded_at IS NOT NULL))
);
CREATE INDEX data_key_master_key ON data_key (master_key_id) WHERE master_key_id IS NOT NULL;
-- DataKeys reads ahead in creation order: a replay meets subjects about as their keys were made.
CREATE INDEX data_key_created ON data_key (created_at, subject_id);

-- Keys of the service itself, one per purpose (the HMAC of fiscal-code claims), wrapped like data keys.
CREATE TABLE service_key (
    purpose       VARCHAR(64) PRIMARY KEY,
    wrapped_key   BYTEA       NOT NULL,
    master_key_id VARCHAR(16) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
