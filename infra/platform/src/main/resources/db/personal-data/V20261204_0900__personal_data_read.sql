-- Every read that showed a subject's personal data in clear (PersonalDataReads), for administrators'
-- audits: who read whose data, when, and what. It names the subject, never the data.
CREATE TABLE personal_data_read (
    id          BIGSERIAL    PRIMARY KEY,
    subject_id  UUID         NOT NULL,
    operator_id VARCHAR(100) NOT NULL,
    read_at     TIMESTAMPTZ  NOT NULL,
    what        VARCHAR(64)  NOT NULL
);
CREATE INDEX personal_data_read_subject ON personal_data_read (subject_id, read_at);
