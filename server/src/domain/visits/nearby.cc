// Nearby customers (附近客户): the visible customers within a radius, nearest first, as cards.
#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "core/geo.h"
#include "domain/customers/customer_service.h"
#include "domain/customers/customer_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/pool_repository.h"
#include "domain/visits/visit_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::visits {
namespace {
using storage::Connection;

constexpr double kMaxRadiusM = 50000;
constexpr int kMaxLimit = 200;

Status ValidateSearch(double lat, double lng, double radius_m, int limit,
                      const std::string& scope) {
  std::vector<FieldIssue> issues;
  if (!std::isfinite(lat) || lat < -90 || lat > 90) issues.push_back({"lat", "invalid_value"});
  if (!std::isfinite(lng) || lng < -180 || lng > 180) issues.push_back({"lng", "invalid_value"});
  if (!std::isfinite(radius_m) || radius_m < 1 || radius_m > kMaxRadiusM)
    issues.push_back({"radius", "invalid_value"});
  if (limit < 1 || limit > kMaxLimit) issues.push_back({"limit", "invalid_value"});
  if (scope != "all" && scope != "mine" && scope != "team" && scope != "pool")
    issues.push_back({"scope", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

// Which customers the scope asked for lets the caller find: owned customers in the caller's
// scope (or on the caller's team), and customers of pools the caller may browse (members,
// administrators in `admin_pools`, and every pool for a caller who sees the whole company).
Result<NearbyVisibility> VisibleTo(Connection& conn, const org::Caller& caller,
                                   const std::string& scope, const std::vector<Id>& admin_pools) {
  NearbyVisibility visible;
  // The whole company, every kind: each live customer has an owner or a pool of the tenant, so
  // there is nothing to test.
  visible.everything = scope == "all" && caller.scope == org::DataScope::kAll;
  if (visible.everything) return visible;
  visible.mine = scope == "mine";
  visible.owned_in_scope = scope == "all" || scope == "team";
  if (scope != "all" && scope != "pool") return visible;
  std::set<Id> pools(admin_pools.begin(), admin_pools.end());
  auto more = caller.scope == org::DataScope::kAll  // every pool, whatever the memberships
                  ? pool::AllPoolIds(conn, caller)
                  : pool::MemberPools(conn, caller, caller.user_id, caller.department_id);
  if (!more.ok()) return more.status();
  pools.insert(more->begin(), more->end());
  visible.pools.assign(pools.begin(), pools.end());
  return visible;
}

// The candidates inside the circle, nearest first (by distance, then id), at most `limit`.
std::vector<std::pair<double, Id>> Nearest(const std::vector<GeoPoint>& candidates, double lat,
                                           double lng, double radius_m, int limit) {
  std::vector<std::pair<double, Id>> hits;
  for (const GeoPoint& c : candidates) {
    const double d = geo::DistanceMeters(lat, lng, c.lat, c.lng);
    if (d <= radius_m) hits.emplace_back(d, c.id);
  }
  std::sort(hits.begin(), hits.end());
  if (hits.size() > static_cast<size_t>(limit)) hits.resize(static_cast<size_t>(limit));
  return hits;
}

// The hits' cards in the hits' order, their protected fields (phone, address) masked unless the
// caller owns the customer (or may see protected fields) or administers its pool.
Result<std::vector<NearbyCustomer>> Cards(Connection& conn, const org::Caller& caller,
                                          const std::vector<std::pair<double, Id>>& hits,
                                          const std::vector<Id>& admin_pools) {
  std::vector<Id> ids;
  for (const auto& hit : hits) ids.push_back(hit.second);
  auto loaded = customers::GetCustomerCards(conn, caller, ids);
  if (!loaded.ok()) return loaded.status();
  auto protection = org::LoadProtection(conn, caller.tenant_id);
  if (!protection.ok()) return protection.status();
  std::vector<NearbyCustomer> out;
  out.reserve(hits.size());
  for (const auto& [d, id] : hits)
    for (auto& c : *loaded)
      if (c.id == id) {
        NearbyCustomer n;
        const bool pool_admin = c.pool_id && std::find(admin_pools.begin(), admin_pools.end(),
                                                       *c.pool_id) != admin_pools.end();
        n.phone_masked = customers::ShowAs(caller, c, pool_admin, *protection);
        n.card = std::move(c);
        n.distance_m = std::round(d * 10) / 10;
        out.push_back(std::move(n));
        break;
      }
  return out;
}

}  // namespace

Result<std::vector<NearbyCustomer>> VisitService::Nearby(const org::Caller& caller, double lat,
                                                         double lng, double radius_m, int limit,
                                                         const std::string& scope) {
  if (Status s = org::Require(caller, "customer.view"); !s.ok()) return s;
  if (Status s = ValidateSearch(lat, lng, radius_m, limit, scope); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  // Pools the caller administers: browsable, and their customers' phones are not masked.
  auto admin = pool::AdminPools(conn, caller, caller.user_id);
  if (!admin.ok()) return admin.status();
  auto visible = VisibleTo(conn, caller, scope, *admin);
  if (!visible.ok()) return visible.status();
  auto candidates = CustomersAround(conn, caller, *visible, lat, lng, radius_m);
  if (!candidates.ok()) return candidates.status();
  return Cards(conn, caller, Nearest(*candidates, lat, lng, radius_m, limit), *admin);
}

}  // namespace quanke::visits
