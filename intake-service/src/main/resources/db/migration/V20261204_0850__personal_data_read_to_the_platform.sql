-- The log of personal-data reads is now the platform's (PersonalDataReads), created by
-- db/personal-data V20261204_0900 for every service that holds personal data and keyed by subject.
-- Intake's log, kept since V20261123_1000 and keyed by citizen, steps aside for it here, and its
-- rows move into it at V20261204_0910: a citizen's subject is their citizen id, so each row keeps
-- its id, operator, time and what, with citizen_id read as subject_id.
ALTER TABLE personal_data_read RENAME TO personal_data_read_by_citizen;
ALTER INDEX personal_data_read_citizen RENAME TO personal_data_read_by_citizen_citizen;
ALTER SEQUENCE personal_data_read_id_seq RENAME TO personal_data_read_by_citizen_id_seq;
