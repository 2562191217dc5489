-- Nothing to change here: SQLite's customers_pool_live gains deleted_at so that it covers the
-- pool counts, but PostgreSQL answers them from the partial index alone already (columns named
-- only in a partial index's predicate need not be in the index). Kept so both backends share
-- versions.
SELECT 1;
