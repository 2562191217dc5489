// The customer reports (docs/api-targets.md "Customers"): the distribution by one column and the
// overview (how many, new yesterday and this month, the last 30 days).
#include <algorithm>

#include "domain/customers/customer_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"
#include "domain/reports/report_service.h"

namespace quanke::reports {
namespace {
using storage::Connection;

constexpr int kTrendDays = 30;
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

// 403 / 404 for a department the caller may not open (PeopleInScope's checks).
Status CheckDepartment(Connection& conn, const org::Caller& caller, std::optional<Id> department_id) {
  if (!department_id) return Status::Ok();
  auto people = PeopleInScope(conn, caller, department_id);
  return people.ok() ? Status::Ok() : people.status();
}

// The key of a whole-company answer: the tenant, the question and the day.
std::string CompanyKey(const org::Caller& caller, const std::string& question, Instant now) {
  return IdToString(caller.tenant_id) + "|" + question + "|" + std::to_string(now / kDayMs);
}

}  // namespace

Result<CustomerDistribution> ReportService::CustomersBy(const org::Caller& caller, const std::string& by,
                                                        std::optional<Id> department_id,
                                                        const std::vector<std::string>& provinces,
                                                        const CustomerLevels& levels) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  if (!customers::IsDistributionColumn(by)) return Status::Validation({{"by", "invalid_value"}});
  const Instant now = clock_.Now();
  auto compute = [&]() -> Result<CustomerDistribution> {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    if (Status s = CheckDepartment(**lease, caller, department_id); !s.ok()) return s;
    auto items = customers::CountOwnedCustomersBy(**lease, caller, department_id, by, provinces, levels);
    if (!items.ok()) return items.status();
    CustomerDistribution out{by, department_id, provinces, levels, now, 0, std::move(*items)};
    for (const auto& [value, count] : out.items) out.total += count;
    return out;
  };
  if (caller.scope != org::DataScope::kAll) return compute();
  std::string question = by + "|" + (department_id ? IdToString(*department_id) : "-");
  for (const auto& p : provinces) question += "|" + std::to_string(p.size()) + ":" + p;  // unambiguous
  question += "|levels";
  for (const auto& l : levels) question += "|" + l;
  return company_customers_by_.Get(CompanyKey(caller, question, now), now, compute);
}

Result<CustomerOverview> ReportService::CustomersOverview(const org::Caller& caller,
                                                          std::optional<Id> department_id,
                                                          const CustomerLevels& levels) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  const Instant now = clock_.Now();
  auto compute = [&]() -> Result<CustomerOverview> {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    Connection& conn = **lease;
    if (Status s = CheckDepartment(conn, caller, department_id); !s.ok()) return s;
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    CustomerOverview out;
    out.department_id = department_id;
    out.customer_levels = levels;
    out.as_of = now;
    out.today = zone->DateOf(now);
    auto count = [&](std::optional<std::pair<Instant, Instant>> created) {
      return customers::CountOwnedCustomers(conn, caller, department_id, created, levels);
    };
    auto total = count(std::nullopt);
    if (!total.ok()) return total.status();
    out.total = *total;
    // The 30 days in one pass over their creation times; the month may reach further back.
    const LocalDate first = out.today - (kTrendDays - 1);
    std::vector<Instant> bounds;
    for (LocalDate d = first; d <= out.today + 1; ++d) bounds.push_back(zone->StartOf(d));
    auto days = customers::CountOwnedCustomersCreatedBetween(conn, caller, department_id, bounds, levels);
    if (!days.ok()) return days.status();
    for (size_t i = 0; i < days->size(); ++i) out.trend.emplace_back(first + static_cast<LocalDate>(i), (*days)[i]);
    out.new_yesterday = out.trend[kTrendDays - 2].second;
    LocalDate month_start = 0;
    ParseDate(FormatDate(out.today).substr(0, 8) + "01", &month_start);
    auto month = count(std::pair{zone->StartOf(month_start), zone->StartOf(out.today + 1)});
    if (!month.ok()) return month.status();
    out.new_this_month = *month;
    return out;
  };
  if (caller.scope != org::DataScope::kAll) return compute();
  std::string question = std::string("overview|") + (department_id ? IdToString(*department_id) : "-") + "|levels";
  for (const auto& l : levels) question += "|" + l;
  return company_overview_.Get(CompanyKey(caller, question, now), now, compute);
}

}  // namespace quanke::reports
