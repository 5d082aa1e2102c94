-- A test migration that fails after its first statement: nothing of it may stay.
ALTER TABLE submissions ADD COLUMN urn VARCHAR;
ALTER TABLE no_such_table ADD COLUMN x VARCHAR;
