-- The approval engine (审批, docs/api-approvals.md), owned by the approvals module: flows per
-- subject type, approvals (instances) with the steps resolved when they started, one task per
-- approver and step (the inbox), the history, and the expense and leave requests it owns.

CREATE TABLE approval_flows (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  subject_type TEXT NOT NULL,                 -- contract, discount, contract_change, receipt, expense, leave
  name TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL DEFAULT 0,
  min_amount_fen INTEGER,                     -- applies when min <= amount < max (null: unbounded)
  max_amount_fen INTEGER,
  steps TEXT NOT NULL,                        -- JSON [{name, approverType, userIds, roleId, levels, mode}]
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX approval_flows_type ON approval_flows(tenant_id, subject_type, position);

CREATE TABLE approvals (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  amount_fen INTEGER NOT NULL DEFAULT 0,
  subject_link TEXT NOT NULL DEFAULT '',      -- the web path of the object (Subject.link)
  applicant_id INTEGER NOT NULL,
  department_id INTEGER NOT NULL,             -- the applicant's when it started
  flow_id INTEGER,
  flow_name TEXT NOT NULL DEFAULT '',
  steps TEXT NOT NULL DEFAULT '[]',           -- JSON: the flow's steps as resolved at the start (names, modes, notes)
  current_step INTEGER,                       -- 0-based; null once decided
  status TEXT NOT NULL DEFAULT 'pending',     -- pending, approved, rejected, returned, withdrawn
  version INTEGER NOT NULL DEFAULT 1,         -- raised by every decision; deciding must name it
  created_at INTEGER NOT NULL,
  decided_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX approvals_applicant ON approvals(tenant_id, applicant_id, id);
CREATE INDEX approvals_subject ON approvals(tenant_id, subject_type, subject_id, id);

-- One row per approver and step. The inbox: the approver's tasks in state 'pending'.
CREATE TABLE approval_tasks (
  tenant_id INTEGER NOT NULL,
  approval_id INTEGER NOT NULL,
  step INTEGER NOT NULL,
  approver_id INTEGER NOT NULL,
  state TEXT NOT NULL,                        -- waiting, pending, approved, rejected, returned, cancelled
  comment TEXT NOT NULL DEFAULT '',
  acted_at INTEGER,
  PRIMARY KEY (tenant_id, approval_id, step, approver_id)
) WITHOUT ROWID;
CREATE INDEX approval_tasks_inbox ON approval_tasks(tenant_id, approver_id, state, approval_id);

CREATE TABLE approval_history (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  approval_id INTEGER NOT NULL,
  action TEXT NOT NULL,                       -- submit, approve, reject, return, comment, withdraw, skip, auto_approve
  step INTEGER,
  user_id INTEGER,
  comment TEXT NOT NULL DEFAULT '',
  at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX approval_history_approval ON approval_history(tenant_id, approval_id, id);

-- Expense claims (报销) and leave requests (请假): the approval engine's own subjects.
CREATE TABLE approval_requests (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  type TEXT NOT NULL,                         -- expense, leave
  title TEXT NOT NULL,
  amount_fen INTEGER NOT NULL DEFAULT 0,
  category TEXT NOT NULL DEFAULT '',
  leave_type TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  half_days INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '',
  attachment_ids TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'pending',
  approval_id INTEGER,
  applicant_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX approval_requests_applicant ON approval_requests(tenant_id, applicant_id, id);

-- Fixed planner statistics (see 0003, 0027): 1,000 users, 1,000,000 approvals.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('approval_flows', 'approval_flows', '50 50 1'),
  ('approval_flows', 'approval_flows_type', '50 50 10 1'),
  ('approvals', 'approvals', '1000000 1000000 1'),
  ('approvals', 'approvals_applicant', '1000000 1000000 1000 1'),
  ('approvals', 'approvals_subject', '1000000 1000000 200000 2 1'),
  ('approval_tasks', 'approval_tasks', '2000000 2000000 2 1 1'),
  ('approval_tasks', 'approval_tasks_inbox', '2000000 2000000 2000 400 1'),
  ('approval_history', 'approval_history', '4000000 4000000 1'),
  ('approval_history', 'approval_history_approval', '4000000 4000000 4 1'),
  ('approval_requests', 'approval_requests', '200000 200000 1'),
  ('approval_requests', 'approval_requests_applicant', '200000 200000 200 1');
ANALYZE sqlite_schema;
