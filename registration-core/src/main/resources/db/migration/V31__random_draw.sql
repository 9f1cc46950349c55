-- The verifiable random draw (DATA-CONTRACT §4). sample_draws, draw_population and sampled are in V2.
-- V31, not V5: V30 is already applied on existing databases, and Flyway refuses a lower version after it.

-- population_sha256 (§4 step 1): the population's canonical hash, published with seed_sha256 at the commit.
ALTER TABLE sample_draws ADD COLUMN population_sha256 text NOT NULL;

-- Each draw's seed from its commit on. Kept apart from sample_draws (whose seed column stays null until
-- the night publishes) so that nothing that reads or exports sample_draws can see it before the reveal:
-- only the pipeline's draw and publish stages read this table, and no export or API names it.
CREATE TABLE draw_seeds (
    draw_id  text PRIMARY KEY REFERENCES sample_draws (draw_id),
    seed     text NOT NULL
);

-- Per draw and province: n, k and the cut-off (the largest drawn ticket, null when k is 0).
CREATE TABLE draw_strata (
    draw_id          text NOT NULL REFERENCES sample_draws (draw_id),
    province_code    text NOT NULL,
    population_size  int  NOT NULL,
    sample_size      int  NOT NULL,
    cutoff_ticket    text,
    PRIMARY KEY (draw_id, province_code)
);

-- A candidate's own draw on their application (registration API) looks it up by application.
CREATE INDEX sampled_application_idx ON sampled (application_id);
CREATE INDEX draw_population_application_idx ON draw_population (application_id);

-- The Spark draw writes here from its executors, then moves the rows into sampled and draw_strata in one
-- transaction (as the supervision does with V30's tables); unlogged, rebuilt by every run.
CREATE UNLOGGED TABLE draw_stage_sampled (
    draw_id         text NOT NULL,
    province_code   text NOT NULL,
    application_id  text NOT NULL,
    ticket          text NOT NULL
);
CREATE UNLOGGED TABLE draw_stage_strata (
    draw_id          text NOT NULL,
    province_code    text NOT NULL,
    population_size  int  NOT NULL,
    sample_size      int  NOT NULL,
    cutoff_ticket    text
);
