-- The nightly verification moves every verified application to EXEMPT or ONSITE_REQUIRED and adds one
-- timeline event for it: a million of each on a national night. Measured on 1,000,000 applications (2 cores):
--
-- * The partial index on status made every such update write a new entry into each of the table's indexes
--   (3.6 M WAL records, 9.7 s). Without an index that names status, and with half of each page left free,
--   PostgreSQL updates the row in place as a heap-only tuple and leaves the indexes alone (1.0 M WAL
--   records, 3.8 s). The night finds the applications awaiting verification with one sequential scan,
--   which costs less than that index's upkeep. Vacuum's pruning frees the room again for the next update.
-- * The foreign key of application_events ran a trigger per event (6.5 s of 11.9 s). Every writer of an
--   event inserts it in the statement or transaction that reads or writes its application, and applications are
--   never deleted, so the key cannot dangle.
DROP INDEX applications_awaiting_idx;
ALTER TABLE applications SET (fillfactor = 50);
ALTER TABLE application_events DROP CONSTRAINT application_events_application_id_fkey;
