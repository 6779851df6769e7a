-- A research query is recorded before it is answered (issue 12): the row is written once the
-- caller is known and before the endpoint runs, and its outcome (status, rows) is filled in once
-- the answer is sent. A null status is a question whose answer was never confirmed (the service
-- stopped or failed in between): who asked what is recorded all the same. Nothing else is updated.
ALTER TABLE research_query ALTER COLUMN status DROP NOT NULL;
