-- The applications one night's verification covers, fixed when the night starts: the reader takes the ones
-- without a verification_results row yet, so a restart after a crash or a failure carries on without gaps or
-- duplicates, and a re-run of a date re-verifies what that date verified.
CREATE TABLE verification_queue (
    run_date        date NOT NULL,
    application_id  text NOT NULL,
    PRIMARY KEY (run_date, application_id)
);

