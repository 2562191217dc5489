#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "domain/leads/lead_service.h"
#include "domain/pool/countdown.h"

namespace quanke::leads::detail {

// What the caller may do with one lead.
struct LeadAccess {
  bool visible = false;
  bool owner = false;
  bool in_scope = false;
  bool pool_member = false, pool_admin = false;
};

Result<LeadAccess> AccessTo(storage::Connection& conn, const org::Caller& caller, const Lead& l);
// The lead as the caller sees it (masked, countdown) with what they may do; not_found when invisible.
Result<LeadDetail> DetailOf(storage::Connection& conn, const org::Caller& caller, Id id, Instant now);
// Whether the caller sees the lead's protected fields masked (a pool lead: all but the pool's
// admins; else all but its owner and holders of field.view_protected in scope).
bool MaskedFor(const org::Caller& caller, const Lead& l, const LeadAccess& a, const org::Protection& p);
LeadView ViewFor(const org::Caller& caller, Lead l, const LeadAccess& a, pool::Countdowns* countdowns,
                 const org::Protection& p);
// The lead pools the caller may browse (member or admin; every lead pool with the whole-company scope).
Result<std::vector<Id>> BrowsableLeadPools(storage::Connection& conn, const org::Caller& caller);
Status WriteHistory(storage::Connection& conn, Id tenant_id, Id lead_id, const char* action, std::optional<Id> from,
               std::optional<Id> to, std::optional<Id> pool_id, std::optional<Id> actor, Instant at,
               std::string reason = {}, std::optional<Id> rule_id = std::nullopt, std::string rule = {});
Status NotifyLead(storage::Connection& conn, Id tenant_id, Id user_id, const char* type, const Lead& l, Instant at);
// Conflicts of a lead-to-be: customers (as the customer check discloses them) and leads.
Result<std::vector<LeadMatch>> FindMatches(storage::Connection& conn, const org::Caller& caller,
                                           const customers::ConflictQuery& q, std::optional<Id> exclude_lead,
                                           Instant now);
customers::ConflictQuery QueryOf(const Lead& l);
// Applies `in` to `l`, checking every field (validation.failed names the LeadInput fields);
// `creating` demands a name or company and a way to reach the lead (mobile, phone, email or
// WeChat). Shared by entry by hand and the web form.
Status Apply(const LeadInput& in, Lead& l, bool creating);
bool Contains(const std::vector<Id>& ids, Id id);

}  // namespace quanke::leads::detail
