-- Every edit of a customer writes updated_at, which several indexes hold, so no edit is a HOT
-- update and each adds the customer's grams to the search index again. With GIN's fast update
-- those entries went to a pending list that the unlucky writer which filled it (4 MB) merged into
-- the index inside its own UPDATE: 0.7-0.8 s, a few times a run (bench W5: p50 7 ms, p99 503 ms).
-- Without it each edit inserts its grams directly: a steady cost, no stall (W5 on this machine:
-- p99 285 -> 44 ms, 3,294 -> 2,225 req/s; a pending list of 64 kB gave p99 107 ms). Keeping the
-- grams in a table of their own, written only when the text changes, would avoid both.
ALTER INDEX customers_search_grams SET (fastupdate = off);
