-- The register of erasures (ErasureProjection): a read model of intake-projections, rebuilt with
-- the others from the CitizenErased events. No personal data: ids, a ground, the administration's
-- reference, who and when. No foreign key to citizen: a rebuild truncates the tables in one go.
CREATE TABLE erasure (
    citizen_id UUID         PRIMARY KEY,
    ground     VARCHAR(32)  NOT NULL,
    reference  VARCHAR(100),
    erased_by  VARCHAR(100),
    erased_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX erasure_erased_at ON erasure (erased_at, citizen_id);

-- One fiscal code may now belong to two citizens: one erased, one registered after the erasure.
-- Keeping codes unique is fiscal_code_claim's job (one live holder per code), not a read table's.
ALTER TABLE citizen DROP CONSTRAINT IF EXISTS citizen_fiscal_code_key;
