-- Every reader of verification_results asks for one run date (the reader's restart check, apply, export,
-- the nightly report and the exports all filter on run_date), which the primary key (run_date,
-- application_id) serves. The index on application_id alone served no query, yet each night's COPY of a
-- million results paid for its upkeep: 6.1-7.3 s with it against 4.9-5.0 s without, measured by COPY of
-- 1,000,000 results on this 2-core machine. A later reader by application across dates can add it back.
DROP INDEX verification_results_application_idx;
