-- Schema version 1 for a store written before schema versions (no schema_version table): what
-- that code's ad hoc lines added to a store of an earlier shape when it opened it, in the order
-- they came. A store of commit 0ccc2c1 has all of it already; each line is a no-op there. Once
-- these ran, the store must have exactly the tables of 0001-baseline.sql, or it is refused.

-- 4a1f1a6 (2026-11-23): the rule catalogue, and duplicates recorded by content.
CREATE TABLE IF NOT EXISTS rules (
  rule_id VARCHAR, severity VARCHAR, effect VARCHAR, checks VARCHAR, allowed VARCHAR,
  message_template VARCHAR);
ALTER TABLE files ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;
ALTER TABLE submissions ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;

-- efc30e1 (2026-11-24): the pupils pupil_results ranks (empty here: the writer recomputes them
-- when it starts).
CREATE TABLE IF NOT EXISTS contested_pupils (pupil_key VARCHAR NOT NULL);

-- c7155d6 (2026-11-24): each school's counts, kept by the writer (empty here: the writer
-- recounts every school when it starts).
CREATE TABLE IF NOT EXISTS school_counts (
  collection VARCHAR, year INTEGER, region VARCHAR, la_code VARCHAR, laestab VARCHAR,
  pupils BIGINT,
  reading_eligible BIGINT, reading_exs_plus BIGINT, reading_gds BIGINT,
  writing_eligible BIGINT, writing_exs_plus BIGINT, writing_gds BIGINT,
  maths_eligible BIGINT, maths_exs_plus BIGINT, maths_gds BIGINT,
  science_eligible BIGINT, science_exs BIGINT,
  rwm_eligible BIGINT, rwm_exs_plus BIGINT, rwm_gds BIGINT);
