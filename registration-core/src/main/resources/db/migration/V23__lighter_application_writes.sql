-- Every submission writes one application, two timeline events and one commitment event in one statement
-- (ApplicationService.SUBMIT); a national night writes a million timeline events. Two pieces of upkeep on
-- that path served no reader:
--
-- * The events' own key (event_id) served no query: timelines are read by application in event order,
--   which the index on (application_id, event_id) already served. That index becomes the primary key, so
--   each event updates one index instead of two. event_id stays unique by its sequence.
-- * commitment_events' foreign key ran a trigger per event that locked the application's row. Both writers
--   of a commitment event write it in the statement or transaction that writes or locks its application
--   (SUBMIT; CommitmentService after a FOR UPDATE read), and applications are never deleted: the same
--   reasoning as application_events' key in V21.
--
-- The new keys are built under an exclusive lock on both tables: on a full database, migrate outside a
-- registration window. The submission cost before and after is in docs/applications-api.md.
ALTER TABLE application_events DROP CONSTRAINT application_events_pkey,
    ADD CONSTRAINT application_events_pkey PRIMARY KEY (application_id, event_id);
DROP INDEX application_events_application_idx;

ALTER TABLE commitment_events DROP CONSTRAINT commitment_events_application_id_fkey;
ALTER TABLE commitment_events DROP CONSTRAINT commitment_events_pkey,
    ADD CONSTRAINT commitment_events_pkey PRIMARY KEY (application_id, event_id);
DROP INDEX commitment_events_application_idx;
