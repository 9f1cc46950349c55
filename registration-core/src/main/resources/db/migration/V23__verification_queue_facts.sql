-- The night's queue carries what the reader needs of each application, its candidate and the identity
-- registry, joined once when the night is prepared (hash joins over the three tables) instead of by three
-- index probes per application while it is read. Measured on 1,000,000 applications (2 cores): the reader's
-- query took 26.1 s instead of 31.9-37.2 s, and filling the queue 5.2-5.9 s instead of 3.5-4.9 s.
-- The facts are those of the moment the night was prepared, like the queue itself; a restart reads them as
-- they were.
ALTER TABLE verification_queue
    ADD COLUMN candidate_id  text,
    ADD COLUMN exam_code     text,
    ADD COLUMN exam_year     int,
    ADD COLUMN level         text,
    ADD COLUMN commitment    text,
    ADD COLUMN id_number     text,
    ADD COLUMN name          text,
    ADD COLUMN identity_name text;

-- A night prepared before this migration and not finished yet keeps its queue, with its facts filled in.
UPDATE verification_queue q
   SET candidate_id = a.candidate_id, exam_code = a.exam_code, exam_year = a.exam_year, level = a.level,
       commitment = a.commitment, id_number = c.id_number, name = c.name, identity_name = ir.name
  FROM applications a
  JOIN candidates c ON c.candidate_id = a.candidate_id
  LEFT JOIN identity_registry ir ON ir.id_number = c.id_number
 WHERE a.application_id = q.application_id;
-- (an application without its candidate was never read by the night either)
DELETE FROM verification_queue WHERE candidate_id IS NULL;

ALTER TABLE verification_queue
    ALTER COLUMN candidate_id SET NOT NULL,
    ALTER COLUMN exam_code SET NOT NULL,
    ALTER COLUMN exam_year SET NOT NULL,
    ALTER COLUMN level SET NOT NULL,
    ALTER COLUMN commitment SET NOT NULL,
    ALTER COLUMN id_number SET NOT NULL,
    ALTER COLUMN name SET NOT NULL;
