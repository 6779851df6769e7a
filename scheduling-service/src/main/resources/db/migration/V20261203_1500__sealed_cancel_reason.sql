-- A cancellation's reason is free text that may speak of the citizen's health: the read model holds
-- it as the event does, ciphertext under the appointment's own data key (never in plain text), and
-- notes when it was erased (CancelReasonErased, after sportello.scheduling.cancel-reason-retention).
-- The plain reasons held until now go: the read model is rebuilt from the events, which keep them.
ALTER TABLE appointment DROP COLUMN cancel_reason;
ALTER TABLE appointment ADD COLUMN cancel_reason BYTEA;
ALTER TABLE appointment ADD COLUMN cancel_reason_erased BOOLEAN NOT NULL DEFAULT FALSE;
