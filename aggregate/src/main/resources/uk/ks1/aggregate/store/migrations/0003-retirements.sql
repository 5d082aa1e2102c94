-- The retirement log (issue 23): each time a scope's pupil identities were retired (its data keys
-- destroyed, its identities deleted from the store, its original files and reports removed), with
-- what was removed, as counts. No personal data. collection or la_code NULL: every one.
CREATE TABLE retirements (
  retirement_id VARCHAR PRIMARY KEY, retired_at TIMESTAMP, year INTEGER, collection VARCHAR,
  la_code VARCHAR, reason VARCHAR, keys_destroyed INTEGER, identities_deleted BIGINT,
  issue_values_cleared BIGINT, files_removed INTEGER);
