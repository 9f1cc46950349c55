-- The registration domain: what candidates enter through the API and what a bundle back-fills
-- from the legacy system (DATA-CONTRACT §1). Both share one shape; the service's own uniqueness
-- rules (one account per id_number and per phone, one application per exam and year) live in
-- partial indexes over API-entered rows only, because repeats in back-filled rows are evidence
-- for PHONE_SHARED and DUPLICATE_APPLICATION and must load.

CREATE TABLE candidates (
    candidate_id   text PRIMARY KEY,
    id_number      text        NOT NULL,
    name           text        NOT NULL,
    phone          text        NOT NULL,
    registered_at  timestamptz NOT NULL,
    source         text        NOT NULL DEFAULT 'API' CHECK (source IN ('API', 'BUNDLE')),
    password_hash  text,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX candidates_api_id_number_uq ON candidates (id_number) WHERE source = 'API';
CREATE UNIQUE INDEX candidates_api_phone_uq ON candidates (phone) WHERE source = 'API';
CREATE INDEX candidates_id_number_idx ON candidates (id_number);
CREATE INDEX candidates_phone_idx ON candidates (phone);
CREATE SEQUENCE candidate_number_seq;

-- The registration photo, apart from the candidate row so the nightly reads never drag it along.
CREATE TABLE candidate_photos (
    candidate_id  text PRIMARY KEY REFERENCES candidates (candidate_id) ON DELETE CASCADE,
    content_type  text        NOT NULL,
    width         int         NOT NULL,
    height        int         NOT NULL,
    content       bytea       NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);

-- Officers sign in with a user name; candidates sign in with their id_number (or phone).
CREATE TABLE officers (
    username       text PRIMARY KEY,
    display_name   text        NOT NULL,
    password_hash  text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- At most five rows per candidate (seq 1..5); rows are never deleted.
CREATE TABLE education (
    candidate_id           text NOT NULL REFERENCES candidates (candidate_id),
    seq                    int  NOT NULL CHECK (seq BETWEEN 1 AND 5),
    level                  text NOT NULL CHECK (level IN ('HIGH_SCHOOL', 'SECONDARY_VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR')),
    school                 text NOT NULL,
    major                  text NOT NULL,
    graduation_date        date NOT NULL,
    certificate_no         text NOT NULL,
    degree                 text CHECK (degree IN ('NONE', 'BACHELOR', 'MASTER', 'DOCTOR')),
    degree_certificate_no  text,
    name_on_certificate    text NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (candidate_id, seq)
);
CREATE INDEX education_certificate_no_idx ON education (certificate_no);
CREATE INDEX education_degree_certificate_no_idx ON education (degree_certificate_no) WHERE degree_certificate_no IS NOT NULL;

CREATE TABLE work_experience (
    candidate_id          text    NOT NULL REFERENCES candidates (candidate_id),
    seq                   int     NOT NULL CHECK (seq >= 1),
    employer_name         text    NOT NULL,
    employer_credit_code  text    NOT NULL,
    start_date            date    NOT NULL,
    end_date              date,
    social_work           boolean NOT NULL,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (candidate_id, seq),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX work_experience_employer_idx ON work_experience (employer_credit_code, start_date);

-- The exam catalogue and its per-province windows: loaded from data (exam-catalogue CSV).
CREATE TABLE exams (
    exam_code  text PRIMARY KEY,
    name       text NOT NULL
);
CREATE TABLE exam_levels (
    exam_code  text NOT NULL REFERENCES exams (exam_code),
    level      text NOT NULL CHECK (level IN ('ASSISTANT', 'INTERMEDIATE', 'SENIOR')),
    name       text NOT NULL,
    PRIMARY KEY (exam_code, level)
);
CREATE TABLE exam_windows (
    exam_code                   text NOT NULL REFERENCES exams (exam_code),
    exam_year                   int  NOT NULL,
    province_code               text NOT NULL,
    registration_opens          timestamptz NOT NULL,
    registration_closes         timestamptz NOT NULL,
    payment_deadline            timestamptz NOT NULL,
    onsite_verification_deadline timestamptz NOT NULL,
    exam_starts                 date NOT NULL,
    exam_ends                   date NOT NULL,
    PRIMARY KEY (exam_code, exam_year, province_code),
    CHECK (registration_opens < registration_closes)
);

-- status: SUBMITTED, AWAITING_ONLINE_VERIFICATION, EXEMPT, ONSITE_REQUIRED, VERIFIED, CONFIRMED,
-- PAID, VOID, GIVEN_UP. commitment: the contract's COMMITTED, NOT_CHOSEN, WITHDRAWN, NOT_APPLICABLE.
CREATE TABLE applications (
    application_id  text PRIMARY KEY,
    candidate_id    text        NOT NULL REFERENCES candidates (candidate_id),
    exam_code       text        NOT NULL,
    exam_year       int         NOT NULL,
    level           text        NOT NULL CHECK (level IN ('ASSISTANT', 'INTERMEDIATE', 'SENIOR')),
    province_code   text        NOT NULL,
    commitment      text        NOT NULL CHECK (commitment IN ('COMMITTED', 'NOT_CHOSEN', 'WITHDRAWN', 'NOT_APPLICABLE')),
    committed_at    timestamptz,
    withdrawn_at    timestamptz,
    submitted_at    timestamptz NOT NULL,
    paid_at         timestamptz,
    status          text        NOT NULL DEFAULT 'AWAITING_ONLINE_VERIFICATION',
    source          text        NOT NULL DEFAULT 'API' CHECK (source IN ('API', 'BUNDLE')),
    -- the run date of the bundle import that last loaded this row (null for API rows): a night run
    -- with --bundle verifies exactly the applications its bundle loaded
    import_run_date date,
    updated_at      timestamptz NOT NULL DEFAULT now()
)
-- Half of each page left free: the nightly verification moves every verified application to EXEMPT or
-- ONSITE_REQUIRED (a million on a national night), and with room on the page and no index naming
-- status PostgreSQL updates the row in place as a heap-only tuple and leaves the indexes alone.
-- Measured on 1,000,000 applications (2 cores): a partial index on status made every such update write
-- a new entry into each of the table's indexes (3.6 M WAL records, 9.7 s); without it and with
-- fillfactor 50, 1.0 M WAL records, 3.8 s. The night finds the applications awaiting verification with
-- one sequential scan, which costs less than that index's upkeep; vacuum's pruning frees the room again.
WITH (fillfactor = 50);
CREATE INDEX applications_import_run_date_idx ON applications (import_run_date) WHERE import_run_date IS NOT NULL;
CREATE UNIQUE INDEX applications_api_one_per_exam_year_uq
    ON applications (candidate_id, exam_code, exam_year) WHERE source = 'API';
CREATE INDEX applications_candidate_idx ON applications (candidate_id);
CREATE INDEX applications_exam_idx ON applications (exam_code, exam_year, province_code);
CREATE SEQUENCE application_number_seq;

-- Status timeline with reasons, newest last. Every submission writes two of these and a national night
-- a million, so the table carries no upkeep that serves no reader:
-- * The key is (application_id, event_id): timelines are read by application in event order, so one
--   index serves them and each event updates one index, not two (event_id stays unique by its sequence).
-- * No foreign key to applications: its trigger per event cost 6.5 s of 11.9 s for a million events.
--   Every writer of an event inserts it in the statement or transaction that reads or writes its
--   application, and applications are never deleted, so the reference cannot dangle.
-- The submission cost before and after is in docs/applications-api.md.
CREATE TABLE application_events (
    event_id        bigserial,
    application_id  text        NOT NULL,
    status          text        NOT NULL,
    reason          text        NOT NULL,
    actor           text        NOT NULL,
    at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, event_id)
);

-- The four acknowledged items, with the text version the candidate saw. Keyed and unreferenced like
-- application_events, for the same reasons: the foreign key's trigger locked the application's row per
-- event, and both writers (the submission; CommitmentService after a FOR UPDATE read) write the event in
-- the statement or transaction that writes or locks its application.
CREATE TABLE commitment_events (
    event_id        bigserial,
    application_id  text        NOT NULL,
    candidate_id    text        NOT NULL,
    event           text        NOT NULL CHECK (event IN ('COMMITTED', 'WITHDRAWN')),
    text_version    text,
    knows_notice            boolean,
    meets_conditions        boolean,
    information_true        boolean,
    accepts_verification    boolean,
    at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, event_id)
);

CREATE TABLE payments (
    payment_id      bigserial PRIMARY KEY,
    application_id  text          NOT NULL UNIQUE REFERENCES applications (application_id),
    amount          numeric(10,2) NOT NULL,
    reference       text          NOT NULL,
    paid_at         timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE onsite_verifications (
    onsite_id       bigserial PRIMARY KEY,
    application_id  text        NOT NULL REFERENCES applications (application_id),
    result          text        NOT NULL CHECK (result IN ('PASS', 'FAIL')),
    note            text,
    officer         text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX onsite_verifications_application_idx ON onsite_verifications (application_id);

-- Findings to be confirmed or dismissed by an officer (from flags, reports, on-site checks).
CREATE TABLE findings (
    finding_id      bigserial PRIMARY KEY,
    application_id  text        NOT NULL REFERENCES applications (application_id),
    kind            text        NOT NULL,
    detail          text        NOT NULL,
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text
);
CREATE INDEX findings_application_idx ON findings (application_id);
CREATE INDEX findings_open_idx ON findings (created_at) WHERE status = 'OPEN';

-- The integrity (misconduct) record: officers' dispositions (source DECISION) and, for reading
-- across both, the imported archive lives in integrity_archive below.
CREATE TABLE integrity_records (
    record_id       bigserial PRIMARY KEY,
    id_number       text NOT NULL,
    application_id  text,
    exam_code       text NOT NULL,
    finding         text NOT NULL CHECK (finding IN ('FALSE_COMMITMENT', 'SERIOUS', 'VERY_SERIOUS')),
    disposition     text CHECK (disposition IN ('REGISTRATION_VOID', 'SCORES_VOID', 'CERTIFICATE_VOID')),
    basis           text NOT NULL,
    decided_on      date NOT NULL,
    recorded_until  date,
    finding_id      bigint REFERENCES findings (finding_id),
    decided_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integrity_records_id_number_idx ON integrity_records (id_number);
CREATE INDEX integrity_records_decided_on_idx ON integrity_records (decided_on);

-- Who did what, when and why, for every officer action.
CREATE TABLE officer_audit (
    audit_id   bigserial PRIMARY KEY,
    officer    text        NOT NULL,
    action     text        NOT NULL,
    target     text        NOT NULL,
    reason     text        NOT NULL,
    details    text,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officer_audit_target_idx ON officer_audit (target);

CREATE TABLE public_reports (
    report_id       bigserial PRIMARY KEY,
    application_id  text        NOT NULL,
    reported_at     timestamptz NOT NULL,
    channel         text        NOT NULL,
    summary         text        NOT NULL,
    UNIQUE (application_id, reported_at, channel)
);
CREATE INDEX public_reports_application_idx ON public_reports (application_id);

-- Social supervision: the public notice list, already masked (DATA-CONTRACT §3, §5).
CREATE TABLE public_notice (
    application_id    text NOT NULL,
    masked_name       text NOT NULL,
    masked_id_number  text NOT NULL,
    exam_code         text NOT NULL,
    level             text NOT NULL,
    province_code     text NOT NULL,
    commitment        text NOT NULL,
    reason            text NOT NULL,
    published_on      date NOT NULL,
    PRIMARY KEY (published_on, application_id)
);
CREATE INDEX public_notice_application_idx ON public_notice (application_id);

-- Bearer tokens issued at log-in; only their SHA-256 is stored.
CREATE TABLE auth_tokens (
    token_sha256  text PRIMARY KEY,
    principal     text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('CANDIDATE', 'OFFICER')),
    issued_at     timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL
);
CREATE INDEX auth_tokens_expires_idx ON auth_tokens (expires_at);
