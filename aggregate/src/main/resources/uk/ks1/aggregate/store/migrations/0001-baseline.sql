-- Schema version 1, the baseline: the store's tables as a store written by commit 0ccc2c1 has them
-- (see docs/store.md, "Tables and views"). Times are UTC. Written only by the aggregate role.
-- Frozen: a change to the schema is a new numbered migration (Migrations.java), never an edit here.

CREATE TABLE las (
  la_code VARCHAR, la_name VARCHAR, region VARCHAR);

-- The rule catalogue the store was written with (refreshed at every start, like las).
CREATE TABLE rules (
  rule_id VARCHAR, severity VARCHAR, effect VARCHAR, checks VARCHAR, allowed VARCHAR,
  message_template VARCHAR);

-- Every file received and what became of it: accepted, rejected, or duplicate (every school's
-- submission in it repeats that school's current one; duplicate_of names those submissions).
CREATE TABLE files (
  file_id VARCHAR, la_code VARCHAR, file_name VARCHAR, file_sha256 VARCHAR, format VARCHAR,
  size_bytes BIGINT, received_at TIMESTAMP, processed_at TIMESTAMP, outcome VARCHAR,
  submissions INTEGER, reasons INTEGER, skipped VARCHAR, duplicate_of VARCHAR);

-- Every submission (one school's data from one file), and every upload error, with its status:
-- the whole chronology, replaced_by naming the submission that overwrote one, duplicate_of the
-- current submission a duplicate repeats.
CREATE TABLE submissions (
  submission_id VARCHAR, collection VARCHAR, year INTEGER, la_code VARCHAR, laestab VARCHAR,
  school_name VARCHAR, file_id VARCHAR, file_name VARCHAR, file_sha256 VARCHAR, format VARCHAR,
  received_at TIMESTAMP, processed_at TIMESTAMP, status VARCHAR, pupils INTEGER, errors INTEGER,
  queries INTEGER, replaced_by VARCHAR, status_changed_at TIMESTAMP, duplicate_of VARCHAR);

-- Every issue of every submission, kept when the submission is overwritten or deleted.
CREATE TABLE validation_issues (
  submission_id VARCHAR, laestab VARCHAR, row_number INTEGER, pupil_key VARCHAR, field VARCHAR,
  rule_id VARCHAR, severity VARCHAR, effect VARCHAR, value VARCHAR, message VARCHAR,
  allowed VARCHAR);

-- The pupil rows of each school's current submission, whether or not they count (counts = no
-- record-level error). Subjects hold the valid code, or NULL when the subject is in error.
CREATE TABLE pupil_records (
  collection VARCHAR, year INTEGER, la_code VARCHAR, region VARCHAR, laestab VARCHAR,
  submission_id VARCHAR, row_number INTEGER, pupil_key VARCHAR, counts BOOLEAN,
  held_since TIMESTAMP, sex VARCHAR, reading VARCHAR, writing VARCHAR, maths VARCHAR,
  science VARCHAR, reading_score INTEGER, maths_score INTEGER, gps_score INTEGER);

-- Pupil keys more than one counting record holds (a pupil in two schools' data): the only pupils
-- pupil_results ranks. A superset, recomputed when the writer starts (see ContestedPupils).
CREATE TABLE contested_pupils (pupil_key VARCHAR NOT NULL);

-- Each school's counts of pupil_results, for the schools with pupils that count: kept by the
-- writer for the schools each batch touches, recomputed when the writer starts (SchoolCounts); its
-- columns are those of SummaryViews.schoolCounts, in order.
CREATE TABLE school_counts (
  collection VARCHAR, year INTEGER, region VARCHAR, la_code VARCHAR, laestab VARCHAR,
  pupils BIGINT,
  reading_eligible BIGINT, reading_exs_plus BIGINT, reading_gds BIGINT,
  writing_eligible BIGINT, writing_exs_plus BIGINT, writing_gds BIGINT,
  maths_eligible BIGINT, maths_exs_plus BIGINT, maths_gds BIGINT,
  science_eligible BIGINT, science_exs BIGINT,
  rwm_eligible BIGINT, rwm_exs_plus BIGINT, rwm_gds BIGINT);

-- Pupil identities, apart from everything else: for the LA's own pupil lists, never copied to
-- the analysts' snapshot.
CREATE TABLE pupil_identities (
  submission_id VARCHAR, row_number INTEGER, pupil_key VARCHAR, upn VARCHAR, former_upn VARCHAR,
  forename VARCHAR, surname VARCHAR, date_of_birth VARCHAR);

-- Records a consumer could not use (from ks1.dlq.v1), with the reason.
CREATE TABLE dead_letters (
  origin VARCHAR, record_key VARCHAR, reason VARCHAR, submission_id VARCHAR,
  recorded_at TIMESTAMP);

-- Where the aggregate consumer is in each partition: written in the same transaction as the rows.
CREATE TABLE consumer_offsets (
  topic VARCHAR, "partition" INTEGER, next_offset BIGINT);
