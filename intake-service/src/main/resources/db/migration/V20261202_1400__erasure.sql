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

