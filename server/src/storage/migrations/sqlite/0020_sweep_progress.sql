-- A reclaim sweep that has committed some of its batches but not finished (its process died
-- between two batches): how many customers it has reclaimed so far, and since when. Each batch
-- adds to it in the batch's transaction; the run that finishes the tenant's sweep writes the
-- total into its audit entry and deletes the row in the same transaction. Owned by pool.
CREATE TABLE sweep_progress (
  tenant_id INTEGER PRIMARY KEY,
  reclaimed INTEGER NOT NULL,
  started_at INTEGER NOT NULL
);
