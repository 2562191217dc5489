-- Phone reveals (POST /customers/{id}/reveal, docs/api-customers.md), owned by the customers
-- module: how many protected fields each user has revealed on one local day of the tenant. The
-- row is counted up in the transaction that writes the reveal's audit entry, so the daily quota
-- (tenant_settings key 'reveal') holds also when reveals arrive at once.
CREATE TABLE reveal_counts (
  tenant_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  day TEXT NOT NULL,
  reveals INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id, day)
) WITHOUT ROWID;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('reveal_counts', 'reveal_counts', '1000 1000 10 1');
ANALYZE sqlite_schema;
