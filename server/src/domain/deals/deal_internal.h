#pragma once

#include <vector>

#include "core/time_zone.h"
#include "domain/deals/deal_repository.h"
#include "domain/deals/deal_service.h"

namespace quanke::deals::detail {

using DealAccess = OwnedAccess;
Result<DealAccess> AccessTo(storage::Connection& conn, const org::Caller& caller, const Opportunity& o);
bool CanWrite(const org::Caller& caller, const DealAccess& a);

// The tenant's calendar day of `now`, and its zone.
struct Today {
  TimeZone zone;
  LocalDate date = 0;
};
Result<Today> TodayOf(storage::Connection& conn, Id tenant_id, Instant now);
// The stale rules of the tenant's processes on that day (for the list's and the sweep's SQL).
Result<std::vector<StaleRule>> StaleRules(storage::Connection& conn, Id tenant_id, const Today& today);
OpportunityView ViewOf(Opportunity o, const Today& today);
// The opportunity as the caller sees it with what they may do; not_found when invisible.
Result<OpportunityDetail> DetailOf(storage::Connection& conn, const org::Caller& caller, Id id, Instant now);

}  // namespace quanke::deals::detail
