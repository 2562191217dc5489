-- The approval engine (审批, docs/api-approvals.md), owned by the approvals module: flows per
-- subject type, approvals (instances) with the steps resolved when they started, one task per
-- approver and step (the inbox), the history, and the expense and leave requests it owns.

CREATE TABLE approval_flows (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  subject_type TEXT NOT NULL,                 -- contract, discount, contract_change, receipt, expense, leave
  name TEXT NOT NULL,
  enabled BIGINT NOT NULL DEFAULT 1,
  position BIGINT NOT NULL DEFAULT 0,
  min_amount_fen BIGINT,                     -- applies when min <= amount < max (null: unbounded)
  max_amount_fen BIGINT,
  steps TEXT NOT NULL,                        -- JSON [{name, approverType, userIds, roleId, levels, mode}]
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deleted_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX approval_flows_type ON approval_flows(tenant_id, subject_type, position);

CREATE TABLE approvals (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  amount_fen BIGINT NOT NULL DEFAULT 0,
  subject_link TEXT NOT NULL DEFAULT '',      -- the web path of the object (Subject.link)
  applicant_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,             -- the applicant's when it started
  flow_id BIGINT,
  flow_name TEXT NOT NULL DEFAULT '',
  steps TEXT NOT NULL DEFAULT '[]',           -- JSON: the flow's steps as resolved at the start (names, modes, notes)
  current_step BIGINT,                       -- 0-based; null once decided
  status TEXT NOT NULL DEFAULT 'pending',     -- pending, approved, rejected, returned, withdrawn
  version BIGINT NOT NULL DEFAULT 1,         -- raised by every decision; deciding must name it
  created_at BIGINT NOT NULL,
  decided_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX approvals_applicant ON approvals(tenant_id, applicant_id, id);
CREATE INDEX approvals_subject ON approvals(tenant_id, subject_type, subject_id, id);

-- One row per approver and step. The inbox: the approver's tasks in state 'pending'.
CREATE TABLE approval_tasks (
  tenant_id BIGINT NOT NULL,
  approval_id BIGINT NOT NULL,
  step BIGINT NOT NULL,
  approver_id BIGINT NOT NULL,
  state TEXT NOT NULL,                        -- waiting, pending, approved, rejected, returned, cancelled
  comment TEXT NOT NULL DEFAULT '',
  acted_at BIGINT,
  PRIMARY KEY (tenant_id, approval_id, step, approver_id)
);
CREATE INDEX approval_tasks_inbox ON approval_tasks(tenant_id, approver_id, state, approval_id);

CREATE TABLE approval_history (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  approval_id BIGINT NOT NULL,
  action TEXT NOT NULL,                       -- submit, approve, reject, return, comment, withdraw, skip, auto_approve
  step BIGINT,
  user_id BIGINT,
  comment TEXT NOT NULL DEFAULT '',
  at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX approval_history_approval ON approval_history(tenant_id, approval_id, id);

-- Expense claims (报销) and leave requests (请假): the approval engine's own subjects.
CREATE TABLE approval_requests (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  type TEXT NOT NULL,                         -- expense, leave
  title TEXT NOT NULL,
  amount_fen BIGINT NOT NULL DEFAULT 0,
  category TEXT NOT NULL DEFAULT '',
  leave_type TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  half_days BIGINT NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '',
  attachment_ids TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'pending',
  approval_id BIGINT,
  applicant_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX approval_requests_applicant ON approval_requests(tenant_id, applicant_id, id);
