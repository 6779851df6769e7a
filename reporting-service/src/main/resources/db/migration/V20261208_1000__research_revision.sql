-- Research's revision (issue 12): a number that moves whenever the figures the indicators are
-- computed from change, so that reporting can remember a computed year of indicators until then.
-- The projections move it at the end of each batch's own transaction (a reader that sees the new
-- number sees the batch); a rebuild's TRUNCATE moves it through the trigger. Unlike PostgreSQL's
-- write-ahead log, it stands still while the query log, other projections or other databases write.
CREATE TABLE research_revision (
    id       BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    revision BIGINT  NOT NULL
);
INSERT INTO research_revision (id, revision) VALUES (TRUE, 0);

CREATE FUNCTION research_revision_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE research_revision SET revision = revision + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER research_episode_truncated AFTER TRUNCATE ON research_episode
    FOR EACH STATEMENT EXECUTE FUNCTION research_revision_moved();
CREATE TRIGGER research_contact_truncated AFTER TRUNCATE ON research_contact
    FOR EACH STATEMENT EXECUTE FUNCTION research_revision_moved();
CREATE TRIGGER research_office_truncated AFTER TRUNCATE ON research_office
    FOR EACH STATEMENT EXECUTE FUNCTION research_revision_moved();
