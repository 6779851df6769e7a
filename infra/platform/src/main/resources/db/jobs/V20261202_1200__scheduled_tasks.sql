-- db-scheduler's table for PostgreSQL, as its 16.7.1 release gives it (postgresql_tables.sql):
-- one row per recurring job (task_instance 'recurring'), holding the next execution time, who has
-- picked it, and the outcome of the last runs. The platform's jobs package (RecurringJob) owns it.
-- task_data holds the job's last report and failure cause as JSON (JobData), never personal data.
create table scheduled_tasks (
  task_name text not null,
  task_instance text not null,
  task_data bytea,
  execution_time timestamp with time zone not null,
  picked BOOLEAN not null,
  picked_by text,
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures INT,
  last_heartbeat timestamp with time zone,
  version BIGINT not null,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
