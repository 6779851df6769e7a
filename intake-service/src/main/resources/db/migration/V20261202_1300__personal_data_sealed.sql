-- Personal data at rest only as ciphertext (PersonalDataCipher, under each citizen's data key from
-- db/personal-data) or as a keyed hash. The plain columns stay, emptied, for one release: rows
-- written before it are sealed at start-up by PlainPersonalDataSealing, which needs the master key
-- and so cannot run here. A later migration drops them.

ALTER TABLE citizen ADD COLUMN personal_data BYTEA;
ALTER TABLE citizen
    DROP CONSTRAINT citizen_fiscal_code_key,
    ALTER COLUMN fiscal_code DROP NOT NULL,
    ALTER COLUMN first_name DROP NOT NULL,
    ALTER COLUMN last_name DROP NOT NULL,
    ALTER COLUMN birth_date DROP NOT NULL,
    ALTER COLUMN sex DROP NOT NULL,
    ALTER COLUMN municipality_of_residence DROP NOT NULL;
COMMENT ON COLUMN citizen.personal_data IS
    'PersonalData as JSON, sealed under the citizen''s data key: unreadable once the key is shredded.';

ALTER TABLE contact ADD COLUMN sealed_notes BYTEA;
COMMENT ON COLUMN contact.sealed_notes IS
    'The notes, sealed under the citizen''s data key (an anonymous contact''s own key).';

-- The claim is found by a keyed hash of the code (HMAC-SHA256, key in service_key).
ALTER TABLE fiscal_code_claim DROP CONSTRAINT fiscal_code_claim_pkey;
ALTER TABLE fiscal_code_claim ALTER COLUMN fiscal_code DROP NOT NULL;
ALTER TABLE fiscal_code_claim ADD COLUMN fiscal_code_hash BYTEA UNIQUE;
ALTER TABLE fiscal_code_claim DROP CONSTRAINT fiscal_code_claim_citizen_id_key;
ALTER TABLE fiscal_code_claim ADD PRIMARY KEY (citizen_id);
