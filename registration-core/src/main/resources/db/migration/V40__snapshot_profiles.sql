-- The snapshot gate (issue 18). The import measures every authority snapshot it loads, in the same
-- transaction as the rows (so a profile always describes the rows in the table); the night's stage `gate`
-- judges the current snapshot of each dataset against the last accepted profile of that dataset.
CREATE TABLE snapshot_profiles (
    dataset           text        NOT NULL CHECK (dataset IN ('identity_registry', 'education_registry', 'degree_registry', 'social_insurance', 'integrity_archive')),
    snapshot_date     date        NOT NULL,   -- the run date of the import, as authority_snapshots.snapshot_date
    bundle            text        NOT NULL,
    content_sha256    text        NOT NULL,   -- lowercase hex SHA-256 of the file as read (part files in name order)
    row_count         bigint      NOT NULL,   -- rows loaded (social_insurance: monthly rows, before compaction)
    quarantined       bigint      NOT NULL,
    distinct_persons  bigint      NOT NULL,   -- distinct id_number among the rows loaded
    first_month       date,                   -- social_insurance: the months covered
    last_month        date,
    profiled_at       timestamptz NOT NULL DEFAULT now(),
    -- PENDING: not judged yet; ACCEPTED: passed the gate, first of its dataset, or accepted by an operator
    status            text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
    verdict           text,
    judged_at         timestamptz,
    accepted_by       text,                   -- ./pipeline accept-snapshot: the OS user
    accepted_reason   text,
    PRIMARY KEY (dataset, snapshot_date)
);

-- The measures of a profile: month_rows (subject = the month, yyyy-MM-dd), null_rate and quarantine_rate
-- (subject = the column; a fraction 0..1), code_share (subject = column=CODE; a fraction of the rows loaded).
CREATE TABLE snapshot_profile_measures (
    dataset        text             NOT NULL,
    snapshot_date  date             NOT NULL,
    measure        text             NOT NULL CHECK (measure IN ('month_rows', 'null_rate', 'quarantine_rate', 'code_share')),
    subject        text             NOT NULL,
    value          double precision NOT NULL,
    PRIMARY KEY (dataset, snapshot_date, measure, subject),
    FOREIGN KEY (dataset, snapshot_date) REFERENCES snapshot_profiles (dataset, snapshot_date) ON DELETE CASCADE
);
