-- A test migration: version 2 of a test history, a column added to a table with rows.
ALTER TABLE submissions ADD COLUMN urn VARCHAR;
UPDATE submissions SET urn = 'URN of ' || laestab WHERE laestab IS NOT NULL;
