-- Provenance (issue 18): the authority snapshot versions each run read, recorded when the run reaches its
-- first stage after the import. Every output of a run date (verification_results, flags, key_supervision,
-- sample_draws, public_notice, quarantine) joins on run_date; output_provenance names the versions behind
-- the date's outputs: those of the last run of that date that recorded any.
CREATE TABLE run_snapshots (
    run_id          bigint NOT NULL REFERENCES pipeline_runs (run_id),
    run_date        date   NOT NULL,
    dataset         text   NOT NULL,
    snapshot_date   date   NOT NULL,
    row_count       bigint NOT NULL,
    content_sha256  text,  -- null for a snapshot imported before the import hashed its file
    PRIMARY KEY (run_id, dataset)
);
CREATE INDEX run_snapshots_run_date_idx ON run_snapshots (run_date, run_id);

CREATE VIEW output_provenance AS
SELECT r.run_date, r.run_id, r.dataset, r.snapshot_date, r.row_count, r.content_sha256
  FROM run_snapshots r
 WHERE r.run_id = (SELECT max(l.run_id) FROM run_snapshots l WHERE l.run_date = r.run_date);
