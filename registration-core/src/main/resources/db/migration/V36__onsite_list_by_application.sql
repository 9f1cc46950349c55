-- The officers' on-site queue reads each listed application's latest reasons across run dates
-- (OnsiteQueue.REASONS). Without an index by application that read scans the whole list, which grows
-- by every night's ONSITE rows; with it a page costs its 200 lookups. The night's COPY pays for the
-- upkeep: about half of what V2 measured for verification_results' (1.2-2.3 s per million rows), as
-- roughly half of the verified applications are listed.
CREATE INDEX onsite_verification_list_application_idx ON onsite_verification_list (application_id, run_date DESC);
