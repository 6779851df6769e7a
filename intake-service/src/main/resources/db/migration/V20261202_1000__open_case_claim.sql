-- "At most one open case per citizen" spans a citizen's cases, so it lives on the command side as a
-- claim, like fiscal_code_claim: written and deleted only by command handlers, in the command's
-- transaction. Recording a contact claims the citizen (or locks the claim it finds); closing a case
-- locks its claim, then deletes it. citizen.open_case_id stays, but only as what operators read.
CREATE TABLE open_case_claim (
    citizen_id UUID PRIMARY KEY,
    case_id    UUID NOT NULL UNIQUE
);

-- The cases open today. Until now the citizen row's lock kept them to one per citizen, and
-- case_file was written in the command's transaction, so it holds every accepted command. Should a
-- citizen still have two, the primary key stops this migration: someone must decide which stays
-- open, and guessing here would hide it.
INSERT INTO open_case_claim (citizen_id, case_id)
SELECT citizen_id, case_id FROM case_file WHERE state <> 'CLOSED';

COMMENT ON COLUMN citizen.open_case_id IS
    'Read model only: the rule of one open case per citizen is kept by open_case_claim.';
