#pragma once

#include <string>
#include <vector>

#include "domain/approvals/approval_repository.h"
#include "domain/approvals/approval_rules.h"
#include "domain/approvals/approval_service.h"

// Shared by the engine's files: what the organisation says about approvers, and the
// notifications of an approval.
namespace quanke::approvals::detail {

// The departments, heads, named users and role members the steps need.
Result<OrgView> LoadOrgView(storage::Connection& conn, Id tenant_id, const std::vector<FlowStep>& steps);

// `approval.pending` to each approver of `step` (the step just became theirs).
Status NotifyPending(storage::Connection& conn, Id tenant_id, const Approval& a, std::int64_t step, Instant now);
// `approval.decided` to the applicant.
Status NotifyDecided(storage::Connection& conn, Id tenant_id, const Approval& a, const std::string& by_name,
                     Instant now);

}  // namespace quanke::approvals::detail
