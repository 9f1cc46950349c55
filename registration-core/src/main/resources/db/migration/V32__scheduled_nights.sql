-- The scheduler's ledger: one row per run date that a scheduled night claimed, in the same transaction as its
-- pipeline_runs row. The primary key makes "each night once" a rule of the database: two serve instances, a
-- fire Quartz recovered after an instance died, or a missed night fired on restart cannot claim a date twice
-- (Quartz's recovery changes the scheduled fire time, so the fire time is no key). A date whose scheduled
-- night failed stays claimed: ./pipeline retry resumes it.
CREATE TABLE scheduled_nights (
    run_date     date        PRIMARY KEY,
    run_id       bigint      NOT NULL REFERENCES pipeline_runs (run_id),
    instance_id  text        NOT NULL,
    claimed_at   timestamptz NOT NULL DEFAULT now()
);

-- Every fire of the nightly trigger, on any instance, and what it did (RUNNING while it works, then RAN_COMPLETED,
-- RAN_FAILED or SKIPPED with the reason): the record an operator (or a test) reads to see each fire once.
CREATE TABLE scheduled_fires (
    fire_id              bigserial   PRIMARY KEY,
    fire_instance_id     text        NOT NULL,
    instance_id          text        NOT NULL,
    scheduled_fire_time  timestamptz NOT NULL,
    fired_at             timestamptz NOT NULL DEFAULT now(),
    run_date             date        NOT NULL,
    outcome              text        NOT NULL,
    detail               text,
    run_id               bigint      REFERENCES pipeline_runs (run_id)
);
CREATE INDEX scheduled_fires_run_date_idx ON scheduled_fires (run_date);
