-- The staff register: read model of the subscribing group scheduling-projections (operator ids are
-- claimed in registry_id, see V20261203_1000). name holds the operator's name only as the event's
-- ciphertext, under the operator's own data key.

CREATE TABLE operator (
    operator_id   text        NOT NULL PRIMARY KEY,
    name          bytea,
    employer      text        NOT NULL,
    registered_at timestamptz NOT NULL
);

CREATE TABLE operator_role (
    operator_id text NOT NULL,
    role        text NOT NULL,
    PRIMARY KEY (operator_id, role)
);

CREATE INDEX operator_role_by_role ON operator_role (role, operator_id);

CREATE TABLE operator_office (
    operator_id text NOT NULL,
    office_id   text NOT NULL,
    PRIMARY KEY (operator_id, office_id)
);

CREATE INDEX operator_office_by_office ON operator_office (office_id, operator_id);

-- The current weekly pattern: replaced as a whole by each AvailabilitySet.
CREATE TABLE operator_weekly (
    operator_id  text     NOT NULL,
    window_index integer  NOT NULL,
    day_of_week  smallint NOT NULL, -- ISO: 1 Monday .. 7 Sunday
    from_time    time     NOT NULL,
    to_time      time     NOT NULL,
    office_id    text     NOT NULL,
    PRIMARY KEY (operator_id, window_index)
);

CREATE TABLE operator_absence (
    operator_id   text    NOT NULL,
    absence_index integer NOT NULL,
    from_date     date    NOT NULL,
    to_date       date    NOT NULL,
    PRIMARY KEY (operator_id, absence_index)
);
