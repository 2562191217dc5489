#include "domain/pool/countdown.h"

#include <mutex>
#include <unordered_map>

#include "domain/org/tenant_repository.h"

namespace quanke::pool {

Result<TimeZone> TenantZone(storage::Connection& conn, Id tenant_id) {
  static std::mutex mu;
  static std::unordered_map<Id, TimeZone> cache;  // guarded by mu
  {
    std::lock_guard lock(mu);
    if (auto it = cache.find(tenant_id); it != cache.end()) return it->second;
  }
  auto tenant = org::GetTenant(conn, tenant_id);
  if (!tenant.ok()) return tenant.status();
  auto zone = TimeZone::Find(tenant->time_zone);
  if (!zone.ok()) zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();
  std::lock_guard lock(mu);
  cache.emplace(tenant_id, *zone);
  return *zone;
}

Result<TimeZone> Countdowns::Zone() {
  if (!zone_) {
    auto z = TenantZone(conn_, tenant_id_);
    if (!z.ok()) return z.status();
    zone_ = *z;
  }
  return *zone_;
}

Result<const RuleVersion*> Countdowns::Rules(Id pool_id) {
  auto it = rules_.find(pool_id);
  if (it == rules_.end()) {
    auto r = RulesAt(conn_, tenant_id_, pool_id, at_);
    if (!r.ok()) return r.status();
    it = rules_.emplace(pool_id, std::move(r.value())).first;
  }
  return &it->second;
}

Result<std::optional<Deadline>> Countdowns::For(Id home_pool_id, const ClockInput& in) {
  auto rules = Rules(home_pool_id);
  if (!rules.ok()) return rules.status();
  auto zone = Zone();
  if (!zone.ok()) return zone.status();
  return NextDeadline((*rules)->rules, in, *zone);
}

}  // namespace quanke::pool
