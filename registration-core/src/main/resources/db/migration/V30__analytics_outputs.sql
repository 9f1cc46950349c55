-- The nightly analytics (Spark, a child process) writes its outputs here first, from its executors,
-- then moves them into flags, key_supervision, public_notice and findings in one transaction, so a
-- run date's rows are replaced atomically and a killed night leaves nothing half-written. Unlogged:
-- their content is rebuilt by every run and worth nothing after a crash. Arrays travel as text
-- joined by ';' (Spark's JDBC writer has no text[]).
CREATE UNLOGGED TABLE analytics_stage_flags (
    run_date        date             NOT NULL,
    application_id  text             NOT NULL,
    pattern         text             NOT NULL,
    score           double precision NOT NULL,
    evidence        text             NOT NULL
);

CREATE UNLOGGED TABLE analytics_stage_key_supervision (
    run_date        date NOT NULL,
    application_id  text NOT NULL,
    reasons         text NOT NULL
);

CREATE UNLOGGED TABLE analytics_stage_public_notice (
    application_id    text NOT NULL,
    masked_name       text NOT NULL,
    masked_id_number  text NOT NULL,
    exam_code         text NOT NULL,
    level             text NOT NULL,
    province_code     text NOT NULL,
    commitment        text NOT NULL,
    reason            text NOT NULL,
    published_on      date NOT NULL
);

CREATE UNLOGGED TABLE analytics_stage_findings (
    application_id  text NOT NULL,
    kind            text NOT NULL,
    detail          text NOT NULL
);

-- A re-run adds a finding only where the application has none of that kind yet.
CREATE INDEX findings_application_kind_idx ON findings (application_id, kind);
