-- Lead reminders (domain/leads/lead_sweep.cc, docs/api-leads.md "Reclaim and reminders").

-- The assignment (its assigned_at) a "lead.untouched" reminder was sent for: one reminder per
-- lead and assignment, however many nodes look.
ALTER TABLE leads ADD COLUMN untouched_reminded_for BIGINT;
-- Owned leads by the instant they were assigned: the untouched-lead scan reads a window of it.
CREATE INDEX leads_assigned ON leads(tenant_id, assigned_at)
  WHERE owner_id IS NOT NULL AND assigned_at IS NOT NULL;
-- Pool leads by the instant they entered the pool: the unassigned-lead count per pool.
CREATE INDEX leads_pool_waiting ON leads(tenant_id, pool_id, released_at) WHERE pool_id IS NOT NULL;

-- One "lead.unassigned" reminder per pool administrator, pool and local day (the tenant's zone).
CREATE TABLE lead_pool_reminders (
  tenant_id BIGINT NOT NULL,
  pool_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  local_date BIGINT NOT NULL,              -- days since 1970-01-01 in the tenant's zone
  at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, pool_id, user_id, local_date)
);
