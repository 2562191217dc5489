-- Nothing to change here: SQLite's customers_geo gains deleted_at so that it covers the nearby
-- scan, but PostgreSQL answers that scan from the index alone already (columns named only in a
-- partial index's predicate need not be in the index). Kept so both backends share versions.
SELECT 1;
