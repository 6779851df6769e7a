-- The events each projection has applied. A projection inserts the event's CloudEvents id (ce_id)
-- here in the same transaction as its change, so an event delivered again (the relay is at least
-- once; offsets are committed after the transaction) is recognised and counted once.
-- Rows are kept: replaying the topic into this database must not count anything twice.
CREATE TABLE processed_event (
    projection VARCHAR(64)  NOT NULL,
    event_id   VARCHAR(255) NOT NULL,
    PRIMARY KEY (projection, event_id)
);
