-- The LA's list of schools (issue 22): DfE's list as imported, every import kept as history; what
-- each import says of each collection's expected schools; the LA's corrections; confirmations.
-- Each row comes from an event of ks1.schools.v1 (event_id), so a rebuild gives the same rows.

-- One row per LA per import of DfE's list (GIAS).
CREATE TABLE school_list_imports (
  event_id VARCHAR PRIMARY KEY, import_id VARCHAR, la_code VARCHAR, extract_date DATE,
  imported_at TIMESTAMP, source VARCHAR, schools INTEGER);

-- Each school of each import, every status.
CREATE TABLE listed_schools (
  event_id VARCHAR, la_code VARCHAR, laestab VARCHAR, urn VARCHAR, school_name VARCHAR,
  type VARCHAR, type_group VARCHAR, status VARCHAR, open_date DATE, close_date DATE,
  phase VARCHAR, statutory_low_age INTEGER, statutory_high_age INTEGER,
  number_of_pupils INTEGER, trust VARCHAR, head_name VARCHAR);

-- Whether each school of an import is expected for each collection and summer the import covers
-- (the extract's year and the next), with the reason, as the rule said when it was stored.
CREATE TABLE listed_expected (
  event_id VARCHAR, la_code VARCHAR, laestab VARCHAR, collection VARCHAR, year INTEGER,
  expected BOOLEAN, reason VARCHAR);

-- The LA's corrections: the latest per school, collection and year wins over the list.
CREATE TABLE expected_overlay (
  event_id VARCHAR PRIMARY KEY, la_code VARCHAR, laestab VARCHAR, collection VARCHAR,
  year INTEGER, expected BOOLEAN, reason VARCHAR, set_at TIMESTAMP);

-- Headteachers' confirmations, as the LA records them.
CREATE TABLE school_confirmations (
  event_id VARCHAR PRIMARY KEY, la_code VARCHAR, laestab VARCHAR, collection VARCHAR,
  year INTEGER, confirmed_by VARCHAR, note VARCHAR, confirmed_at TIMESTAMP);

-- Deadlines as the settings give them (refreshed each time the store opens for writing): a row
-- with la_code NULL is the collection's, a row with an LA code that LA's own.
CREATE TABLE collection_deadlines (collection VARCHAR, la_code VARCHAR, deadline DATE);
