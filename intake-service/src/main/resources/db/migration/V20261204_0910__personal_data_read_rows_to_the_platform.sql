-- Intake's reads, logged before the platform kept the log (see V20261204_0850), into the
-- platform's personal_data_read, in their order and with their ids; the table they leave is dropped.
INSERT INTO personal_data_read (id, subject_id, operator_id, read_at, what)
SELECT id, citizen_id, operator_id, read_at, what FROM personal_data_read_by_citizen ORDER BY id;
SELECT setval(pg_get_serial_sequence('personal_data_read', 'id'),
              (SELECT coalesce(max(id), 0) + 1 FROM personal_data_read), false);
DROP TABLE personal_data_read_by_citizen;
