#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/customers/customer_service.h"
#include "domain/org/caller.h"
#include "domain/visits/visit_types.h"
#include "storage/database.h"

namespace quanke::visits {

// Whether `url` is a tile URL template the maps can use: http(s) with a host, {x}, {y} (or {-y})
// and {z}, optionally {s}; at most 500 bytes, no spaces, quotes or angle brackets.
bool ValidTileUrl(std::string_view url);

// Check-ins, nearby customers, visit plans and visit statistics (PRODUCT.md §5). Thread-safe.
class VisitService {
 public:
  VisitService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Customers the caller may see (own, team, in scope, browsable pools) within `radius_m`,
  // nearest first.
  Result<std::vector<NearbyCustomer>> Nearby(const org::Caller& caller, double lat, double lng, double radius_m,
                                             int limit, const std::string& scope);
  Result<CheckIn> CheckInNow(const org::Caller& caller, const CheckInInput& in);
  Result<Page<CheckIn>> CheckIns(const org::Caller& caller, std::optional<Id> user_id, std::optional<Id> customer_id,
                                 const std::string& score, std::optional<Instant> from, std::optional<Instant> to,
                                 const PageRequest& page);
  Result<CheckIn> Get(const org::Caller& caller, Id id);
  Result<CheckInPolicy> Policy(const org::Caller& caller);
  Result<CheckInPolicy> SetPolicy(const org::Caller& caller, const CheckInPolicy& policy);
  // The tenant's map tiles (any user reads them; writing needs settings.configure). Without stored
  // settings: amap for a tenant in a mainland China time zone, else osm.
  Result<MapSettings> MapTiles(const org::Caller& caller);
  Result<MapSettings> SetMapTiles(const org::Caller& caller, const MapSettings& settings);

  Result<std::vector<VisitPlan>> Plans(const org::Caller& caller, std::optional<Id> user_id, std::optional<Instant> from,
                                       std::optional<Instant> to, const std::string& status);
  Result<VisitPlan> CreatePlan(const org::Caller& caller, const PlanInput& in);
  Result<VisitPlan> UpdatePlan(const org::Caller& caller, Id id, const PlanInput& in);
  Status DeletePlan(const org::Caller& caller, Id id);
  // Sends due plan reminders (the scheduler calls it every minute).
  Result<int> RemindDuePlans();

  // Points for the visit map and the customer distribution map (at most 5,000 of each): check-ins
  // in scope in the period, and positioned customers owned by people in scope.
  Result<MapPoints> Map(const org::Caller& caller, Instant from, Instant to, std::optional<Id> user_id);
  // Visit counts in the period per user (check-ins by people in scope, below `q.department_id`
  // when set), the 50 most visited customers and the totals; and per owner of live customers in
  // scope (and below the department), however they stand in the period, how many of them were
  // never visited and how many were last visited more than `q.forgotten_days` days ago (a visit:
  // a live follow-up of type visit). Needs visit.view.
  Result<VisitStats> Stats(const org::Caller& caller, Instant from, Instant to, const NeglectQuery& q);
  // The customers behind those two numbers (`never`, or else the forgotten ones), oldest first,
  // keyset-paginated with the total; only `owner_id`'s when set. Needs visit.view; an owner
  // outside the caller's data scope is permission.denied, one unknown to the tenant not_found.
  Result<Page<customers::NeglectedCustomer>> Neglected(const org::Caller& caller, bool never, const NeglectQuery& q,
                                                       std::optional<Id> owner_id, const PageRequest& page);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::visits
