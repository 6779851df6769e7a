-- Scheme v1 was seeded as created and ready on 2026-12-06, a date after the first schemes an
-- administrator may write; the list is oldest first, so v1 listed after them. It is the first.
UPDATE research_coding_scheme
   SET created_at = '2026-12-01T00:00:00Z', ready_at = '2026-12-01T00:00:00Z'
 WHERE version = 'v1' AND created_by IS NULL AND created_at = '2026-12-06T00:00:00Z';
