#include "app/demo_targets.h"

#include <algorithm>
#include <map>

#include "app/demo.h"
#include "domain/org/auth_service.h"
#include "domain/pool/countdown.h"
#include "domain/reports/metrics.h"
#include "domain/targets/target_service.h"

namespace quanke::app {
namespace {

constexpr int kReps = 17;
constexpr std::int64_t kLowestPercent = 20;
constexpr std::int64_t kHighestPercent = 135;
constexpr std::int64_t kYuan = 100;  // fen

// Rounds a target up to a tidy figure: whole ¥100 for money, whole units for counts.
std::int64_t Tidy(std::int64_t value, bool fen) {
  const std::int64_t unit = fen ? 100 * kYuan : 1;
  return std::max<std::int64_t>((value + unit - 1) / unit * unit, unit);
}

// Each rep's target for a metric: their actual so far over a percentage that grows with the
// rep's number, so attainment spreads from kLowestPercent to kHighestPercent. A rep with
// nothing yet gets the median of the others' targets.
std::map<Id, std::int64_t> RepTargets(const std::vector<Id>& reps, const std::map<Id, std::int64_t>& actuals, bool fen) {
  std::map<Id, std::int64_t> out;
  std::vector<std::int64_t> set;
  for (size_t i = 0; i < reps.size(); ++i) {
    const auto it = actuals.find(reps[i]);
    if (it == actuals.end() || it->second <= 0) continue;
    const std::int64_t percent =
        kLowestPercent + static_cast<std::int64_t>(i) * (kHighestPercent - kLowestPercent) / static_cast<std::int64_t>(reps.size() - 1);
    out[reps[i]] = Tidy(it->second * 100 / percent, fen);
    set.push_back(out[reps[i]]);
  }
  std::sort(set.begin(), set.end());
  const std::int64_t median = set.empty() ? Tidy(fen ? 50000 * kYuan : 10, fen) : set[set.size() / 2];
  for (Id rep : reps) out.emplace(rep, median);
  return out;
}

// A year target for the company from the last three months' pace: 12 months of it and a fifth
// more, at least ¥1,000,000, a multiple of ¥1,200 (whole yuan a month).
std::int64_t YearTarget(std::int64_t last_three_months) {
  constexpr std::int64_t kFloor = 1000000 * kYuan, kUnit = 1200 * kYuan;
  return (std::max(last_three_months * 4 * 12 / 10, kFloor) + kUnit - 1) / kUnit * kUnit;
}

Status Fail(const char* what, const Status& s) { return Status::Internal(std::string("demo targets: ") + what + ": " + s.message()); }

}  // namespace

Status LoadDemoTargets(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now);
  org::AuthService auth(db, clock);
  targets::TargetService service(db, clock);
  std::vector<std::string> usernames = {"admin"};
  for (int i = 1; i <= kReps; ++i) usernames.push_back((i < 10 ? "rep0" : "rep") + std::to_string(i));
  auto callers = DemoCallers(db, auth, tenant_code, usernames);
  if (!callers.ok()) return callers.status();
  const org::Caller& admin = callers->at("admin");
  std::vector<Id> reps;
  for (int i = 1; i <= kReps; ++i) reps.push_back(callers->at(usernames[static_cast<size_t>(i)]).user_id);

  // Each read takes its own connection and gives it back: the service below reads too, and the
  // demo's pool may hold a single reader.
  Result<TimeZone> zone = Status::Internal("not read");
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    zone = pool::TenantZone(**lease, admin.tenant_id);
    if (!zone.ok()) return zone.status();
  }
  const LocalDate today = zone->DateOf(now);
  const targets::Period month = targets::MonthOf(today);
  const targets::Period year{targets::PeriodKind::kYear, month.year, 0};
  const targets::Period last_month = targets::MonthOf(targets::FirstDay(month) - 1);
  const auto [history_first, history_last] = targets::HistoryWindow(month);
  const auto values = [&](const char* key, LocalDate first, LocalDate last,
                          const reports::CustomerLevels& levels = {}) -> Result<std::map<Id, std::int64_t>> {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    return reports::ValuesPerUser(**lease, admin.tenant_id, *zone, *reports::FindMetric(key),
                                  reports::RangeOf(*zone, first, last), nullptr, levels);
  };

  // This month's targets of the reps, of each department the sum of its subtree's, and of the
  // company the sum of its top departments'.
  auto sheet = service.Sheet(admin, "followUps", month.year);
  if (!sheet.ok()) return Fail("sheet", sheet.status());
  const std::string period = targets::FormatPeriod(month);
  std::int64_t company_contract_month = 0;
  // One metric's month (of one customer level's customers when `level` is set, 客户类型).
  const auto write_month = [&](const char* metric, const std::string& level) -> Status {
    const bool fen = reports::FindMetric(metric)->fen;
    auto actuals = values(metric, targets::FirstDay(month), today,
                          level.empty() ? reports::CustomerLevels{} : reports::CustomerLevels{level});
    if (!actuals.ok()) return actuals.status();
    const auto rep_targets = RepTargets(reps, *actuals, fen);
    // Department sums: every rep's target counts for each department on the way up.
    std::map<Id, std::int64_t> department_sum;
    std::map<Id, std::optional<Id>> parent;
    for (const auto& a : sheet->assignees)
      if (a.assignee.type == targets::AssigneeType::kDepartment) parent[a.assignee.id] = a.parent_department_id;
    for (const auto& [rep, value] : rep_targets) {
      for (const auto& a : sheet->assignees) {
        if (a.assignee.type != targets::AssigneeType::kUser || a.assignee.id != rep || !a.department_id) continue;
        for (std::optional<Id> d = a.department_id; d; d = parent.count(*d) ? parent[*d] : std::nullopt) department_sum[*d] += value;
      }
    }
    std::vector<targets::TargetItem> items;
    std::int64_t company = 0;
    for (const auto& [rep, value] : rep_targets)
      items.push_back({period, "user", rep, value, Tidy(value * 12 / 10, fen), Tidy(value * 15 / 10, fen)});
    for (const auto& [department, value] : department_sum) {
      items.push_back({period, "department", department, value, Tidy(value * 12 / 10, fen), Tidy(value * 15 / 10, fen)});
      if (!parent[department]) company += value;
    }
    items.push_back({period, "company", std::nullopt, company, Tidy(company * 12 / 10, fen), Tidy(company * 15 / 10, fen)});
    if (std::string(metric) == "contractAmountFen" && level.empty()) company_contract_month = company;
    auto w = service.Write(admin, metric, items, level);
    return w.ok() ? Status::Ok() : w.status();
  };
  for (const char* metric : {"contractAmountFen", "followUps", "visits", "newCustomers"})
    if (Status s = write_month(metric, ""); !s.ok()) return Fail("month", s);
  // The A customers' contract amount (客户类型 on the sheet and in attainment).
  if (Status s = write_month("contractAmountFen", "A"); !s.ok()) return Fail("month A", s);

  // This year's company targets: the contract amount at this month's pace in every month; the
  // receipts from the last three months' pace, split evenly over the months by the
  // decomposition helper (a multiple of ¥1,200, so every month is whole yuan).
  for (const char* metric : {"contractAmountFen", "paymentAmountFen"}) {
    std::int64_t total = 12 * company_contract_month;
    if (std::string(metric) == "paymentAmountFen") {
      auto history = values(metric, history_first, history_last);
      if (!history.ok()) return Fail("history", history.status());
      std::int64_t sum = 0;
      for (const auto& [user, v] : *history) sum += v;
      total = YearTarget(sum);
    }
    targets::DecomposeInput split;
    split.metric = metric;
    split.method = "even";
    split.total = total;
    split.has_periods = true;
    split.periods_parent = targets::FormatPeriod(year);
    split.periods_into = "months";
    auto months = service.Decompose(admin, split);
    if (!months.ok()) return Fail("decompose", months.status());
    std::vector<targets::TargetItem> items{{targets::FormatPeriod(year), "company", std::nullopt, total, total * 12 / 10, total * 15 / 10}};
    for (const auto& part : months->items)
      if (targets::FormatPeriod(part.period) != period)  // this month's is written above, with its tiers
        items.push_back({targets::FormatPeriod(part.period), "company", std::nullopt, part.value, std::nullopt, std::nullopt});
    if (auto w = service.Write(admin, metric, items); !w.ok()) return Fail("year", w.status());
  }
  if (Status s = service.Lock(admin, targets::FormatPeriod(last_month)); !s.ok()) return Fail("lock", s);
  return Status::Ok();
}

}  // namespace quanke::app
