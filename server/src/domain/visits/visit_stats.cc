// The visit map and visit statistics (拜访地图, 拜访统计).
#include "domain/org/policy.h"
#include "domain/visits/visit_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::visits {

Result<MapPoints> VisitService::Map(const org::Caller& caller, Instant from, Instant to,
                                    std::optional<Id> user_id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto check_ins = MapCheckIns(**lease, caller, from, to, user_id);
  if (!check_ins.ok()) return check_ins.status();
  auto places = MapCustomers(**lease, caller, user_id);
  if (!places.ok()) return places.status();
  MapPoints out;
  out.check_ins = std::move(check_ins.value());
  out.customers = std::move(places.value());
  return out;
}

Result<VisitStats> VisitService::Stats(const org::Caller& caller, Instant from, Instant to,
                                       std::optional<Id> department_id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return CountVisits(**lease, caller, from, to, department_id);
}

}  // namespace quanke::visits
