-- Every research query (issue 12): who asked for which table with which parameters, when, and what
-- they got, so that administrators can see who asked for what. Written in the request's own flow,
-- refused queries (4xx) included; never changed once written.
CREATE TABLE research_query (
    id         BIGSERIAL     PRIMARY KEY,
    asked_at   TIMESTAMPTZ   NOT NULL,
    -- The token's sub (a pseudonymous operator id) and roles; null and empty without a valid token.
    sub        VARCHAR(128),
    roles      VARCHAR(32)[] NOT NULL,
    -- The path asked for, e.g. /api/research/episodes.csv: the table.
    path       TEXT          NOT NULL,
    -- The query string as a JSON object, {"from": "2025-01", ...}.
    parameters JSONB         NOT NULL,
    status     INT           NOT NULL,
    -- Rows returned, where the endpoint counts them cheaply (the extract); null otherwise.
    rows_returned BIGINT
);
CREATE INDEX research_query_by_time ON research_query (asked_at DESC, id DESC);
