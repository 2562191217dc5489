-- Phone reveals (POST /customers/{id}/reveal, docs/api-customers.md), owned by the customers
-- module: how many protected fields each user has revealed on one local day of the tenant. The
-- row is counted up in the transaction that writes the reveal's audit entry, so the daily quota
-- (tenant_settings key 'reveal') holds also when reveals arrive at once.
CREATE TABLE reveal_counts (
  tenant_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  day TEXT NOT NULL,
  reveals BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, day)
);
