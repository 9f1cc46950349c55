-- Authority snapshots (DATA-CONTRACT §1), the quarantine, and the nightly outputs (§2).

-- One row per imported snapshot; a newer snapshot of a source replaces the older one's rows.
CREATE TABLE authority_snapshots (
    source         text PRIMARY KEY CHECK (source IN ('identity_registry', 'education_registry', 'degree_registry', 'social_insurance', 'integrity_archive')),
    snapshot_date  date        NOT NULL,
    bundle         text        NOT NULL,
    row_count      bigint      NOT NULL,
    last_month     date,       -- social_insurance: the latest month in the snapshot
    imported_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE identity_registry (
    id_number      text PRIMARY KEY,
    name           text NOT NULL,
    snapshot_date  date NOT NULL
);

CREATE TABLE education_registry (
    certificate_no   text PRIMARY KEY,
    id_number        text NOT NULL,
    name             text NOT NULL,
    school           text NOT NULL,
    major            text NOT NULL,
    level            text NOT NULL,
    graduation_date  date NOT NULL,
    snapshot_date    date NOT NULL
);
CREATE INDEX education_registry_id_number_idx ON education_registry (id_number);

CREATE TABLE degree_registry (
    certificate_no  text PRIMARY KEY,
    id_number       text NOT NULL,
    name            text NOT NULL,
    degree          text NOT NULL,
    school          text NOT NULL,
    major           text NOT NULL,
    awarded_date    date NOT NULL,
    snapshot_date   date NOT NULL
);
CREATE INDEX degree_registry_id_number_idx ON degree_registry (id_number);

-- social_insurance arrives as one row per month; it is kept compact: per person and employer,
-- runs of consecutive insured months (first_month..last_month, both first days of a month).
CREATE TABLE social_insurance_spans (
    id_number             text NOT NULL,
    employer_credit_code  text NOT NULL,
    first_month           date NOT NULL,
    last_month            date NOT NULL,
    snapshot_date         date NOT NULL,
    CHECK (first_month <= last_month)
);
CREATE INDEX social_insurance_spans_person_idx ON social_insurance_spans (id_number, employer_credit_code, first_month);

CREATE TABLE integrity_archive (
    id_number       text NOT NULL,
    exam_code       text NOT NULL,
    violation       text NOT NULL CHECK (violation IN ('FALSE_COMMITMENT', 'SERIOUS', 'VERY_SERIOUS')),
    decided_on      date NOT NULL,
    recorded_until  date,
    snapshot_date   date NOT NULL
);
CREATE INDEX integrity_archive_id_number_idx ON integrity_archive (id_number);

-- Bad input rows: masked as §5 for everyone; the unmasked row is kept apart for officers.
CREATE TABLE quarantine (
    quarantine_id  bigserial PRIMARY KEY,
    run_date       date   NOT NULL,
    dataset        text   NOT NULL,
    row_number     bigint NOT NULL,
    column_name    text,
    reason         text   NOT NULL,
    record         text   NOT NULL
);
CREATE INDEX quarantine_run_date_idx ON quarantine (run_date, dataset, row_number);
CREATE TABLE quarantine_raw (
    quarantine_id  bigint PRIMARY KEY REFERENCES quarantine (quarantine_id) ON DELETE CASCADE,
    record         text NOT NULL
);

CREATE TABLE verification_results (
    run_date               date    NOT NULL,
    application_id         text    NOT NULL,
    identity               text    NOT NULL CHECK (identity IN ('PASS', 'FAIL', 'UNVERIFIABLE')),
    education              text    NOT NULL CHECK (education IN ('PASS', 'FAIL', 'UNVERIFIABLE')),
    degree                 text    NOT NULL CHECK (degree IN ('PASS', 'FAIL', 'UNVERIFIABLE', 'NOT_CLAIMED')),
    social_work_major      boolean NOT NULL,
    claimed_work_months    int     NOT NULL,
    evidenced_work_months  int     NOT NULL,
    eligibility            text    NOT NULL CHECK (eligibility IN ('ELIGIBLE', 'INELIGIBLE', 'UNDETERMINED')),
    route                  text    NOT NULL CHECK (route IN ('EXEMPT', 'ONSITE')),
    reasons                text[]  NOT NULL,
    PRIMARY KEY (run_date, application_id)
);
-- No index on application_id alone: every reader asks for one run date (the reader's restart check,
-- apply, export, the nightly report and the exports all filter on run_date), which the primary key
-- serves, while each night's COPY of a million results paid for that index's upkeep: 6.1-7.3 s with it
-- against 4.9-5.0 s without (COPY of 1,000,000 results, 2 cores). A later reader by application across
-- dates can add it.

-- Applications that must bring paper proofs, with the reasons, per run date.
CREATE TABLE onsite_verification_list (
    run_date        date   NOT NULL,
    application_id  text   NOT NULL,
    reasons         text[] NOT NULL,
    PRIMARY KEY (run_date, application_id)
);

-- Analytics outputs (filled by the Spark applications).
CREATE TABLE flags (
    run_date        date             NOT NULL,
    application_id  text             NOT NULL,
    pattern         text             NOT NULL,
    score           double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    evidence        text             NOT NULL,
    PRIMARY KEY (run_date, application_id, pattern)
);

CREATE TABLE sample_draws (
    draw_id          text PRIMARY KEY,
    run_date         date        NOT NULL,
    exam_code        text        NOT NULL,
    exam_year        int         NOT NULL,
    ratio            numeric     NOT NULL,
    seed_sha256      text        NOT NULL,
    seed             text,
    committed_at     timestamptz NOT NULL,
    revealed_at      timestamptz,
    population_size  int         NOT NULL,
    sample_size      int         NOT NULL,
    UNIQUE (run_date, exam_code, exam_year)
);
CREATE TABLE draw_population (
    draw_id         text NOT NULL REFERENCES sample_draws (draw_id),
    province_code   text NOT NULL,
    application_id  text NOT NULL,
    PRIMARY KEY (draw_id, application_id)
);
CREATE TABLE sampled (
    draw_id         text NOT NULL REFERENCES sample_draws (draw_id),
    province_code   text NOT NULL,
    application_id  text NOT NULL,
    ticket          text NOT NULL,
    PRIMARY KEY (draw_id, application_id)
);

CREATE TABLE key_supervision (
    run_date        date   NOT NULL,
    application_id  text   NOT NULL,
    reasons         text[] NOT NULL,
    PRIMARY KEY (run_date, application_id)
);

-- Run history of the nightly pipeline (./pipeline status).
CREATE TABLE pipeline_runs (
    run_id       bigserial PRIMARY KEY,
    run_date     date        NOT NULL,
    command      text        NOT NULL,
    bundle       text,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    error        text
);
CREATE INDEX pipeline_runs_run_date_idx ON pipeline_runs (run_date, run_id);
CREATE TABLE pipeline_stages (
    run_id       bigint      NOT NULL REFERENCES pipeline_runs (run_id),
    stage        text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'SKIPPED')),
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    counts       text,
    error        text,
    PRIMARY KEY (run_id, stage)
);

-- The applications one night's verification covers, fixed when the night starts: the reader takes the ones
-- without a verification_results row yet, so a restart after a crash or a failure carries on without gaps or
-- duplicates, and a re-run of a date re-verifies what that date verified.
CREATE TABLE verification_queue (
    run_date        date NOT NULL,
    application_id  text NOT NULL,
    PRIMARY KEY (run_date, application_id)
);

