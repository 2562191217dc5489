// Channel analysis: leads of a range grouped by source, campaign, month or owner, with their
// outcomes, medians, the sources' spend and follow-ups.
#include "domain/leads/lead_analysis.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "domain/leads/lead_analysis_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"

namespace quanke::leads {
using storage::Connection;

namespace {

constexpr double kHourMs = 3600.0 * 1000;
constexpr double kDayMs = 24 * kHourMs;
constexpr int kMaxRangeDays = 3 * 366;

std::string MonthOf(LocalDate d) { return FormatDate(d).substr(0, 7); }

LocalDate FirstOfMonth(LocalDate d) {
  LocalDate first = d;
  ParseDate(MonthOf(d) + "-01", &first);
  return first;
}

LocalDate LastOfMonth(LocalDate d) {
  // The first of the month after: past the 28th of this one, the first day whose month differs.
  LocalDate next = FirstOfMonth(d) + 28;
  while (MonthOf(next) == MonthOf(d)) ++next;
  return next - 1;
}

std::optional<double> Median(std::vector<double> v) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// One group while the leads are counted.
struct Group {
  AnalysisRow row;
  std::vector<double> hours_to_contact, days_to_conversion;

  void Add(const AnalysedLead& l) {
    ++row.leads;
    if (l.first_contact_at) {
      ++row.contacted;
      hours_to_contact.push_back(static_cast<double>(*l.first_contact_at - l.created_at) / kHourMs);
    }
    if (l.status == "qualified" || l.status == "converted") ++row.qualified;
    if (l.status == "converted") {
      ++row.converted;
      if (l.converted_at) days_to_conversion.push_back(static_cast<double>(*l.converted_at - l.created_at) / kDayMs);
    }
    if (l.status == "invalid") ++row.invalid;
    row.follow_ups += l.follow_ups;
  }

  AnalysisRow Finish() && {
    row.conversion_rate = row.leads > 0 ? static_cast<double>(row.converted) / static_cast<double>(row.leads) : 0;
    row.median_hours_to_first_contact = Median(std::move(hours_to_contact));
    row.median_days_to_conversion = Median(std::move(days_to_conversion));
    auto per = [&](std::int64_t n) -> std::optional<std::int64_t> {
      if (!row.cost_attributed || n == 0) return std::nullopt;
      return std::llround(static_cast<double>(row.cost) / static_cast<double>(n));
    };
    row.cost_per_lead = per(row.leads);
    row.cost_per_conversion = per(row.converted);
    return std::move(row);
  }
};

// The group of a lead: its key and label.
std::pair<std::string, std::string> KeyOf(const AnalysedLead& l, const std::string& group_by, const TimeZone& zone) {
  if (group_by == "campaign") return {l.campaign, l.campaign};
  if (group_by == "month") {
    const std::string m = MonthOf(zone.DateOf(l.created_at));
    return {m, m};
  }
  if (group_by == "owner") return {l.owner_id ? IdToString(*l.owner_id) : "", l.owner_name};
  return {l.source_id ? IdToString(*l.source_id) : "", l.source_name};
}

Result<Analysis> Compute(Connection& conn, const org::Caller& caller, const AnalysisQuery& q, Instant now) {
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(now);
  Analysis out;
  out.group_by = q.group_by;
  out.from = q.from.value_or(FirstOfMonth(q.to.value_or(today)));
  out.to = q.to.value_or(LastOfMonth(q.from.value_or(today)));
  std::vector<FieldIssue> issues;
  if (q.group_by != "source" && q.group_by != "campaign" && q.group_by != "month" && q.group_by != "owner")
    issues.push_back({"groupBy", "invalid_value"});
  if (out.to < out.from || out.to - out.from > kMaxRangeDays) issues.push_back({"to", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));

  AnalysisFilter f;
  f.from = zone->StartOf(out.from);
  f.to = zone->StartOf(out.to + 1);
  f.source_id = q.source_id;
  f.department_id = q.department_id;
  f.user_id = q.user_id;
  f.campaign = q.campaign;
  auto leads = LeadsForAnalysis(conn, caller, f);
  if (!leads.ok()) return leads.status();

  std::map<std::string, Group> groups;
  Group total;
  for (const auto& l : *leads) {
    auto [key, label] = KeyOf(l, q.group_by, *zone);
    Group& g = groups[key];
    g.row.key = key;
    g.row.label = label;
    g.Add(l);
    total.Add(l);
  }

  // The spend is the company's, recorded per source and month: it is shown only where the view
  // covers whole channels (whole-company scope, no campaign, department or user filter) and
  // split only by source or month.
  const bool spend_shown = caller.scope == org::DataScope::kAll && !q.campaign && !q.department_id && !q.user_id;
  if (spend_shown) {
    auto spend = SpendOfMonths(conn, caller, MonthOf(out.from), MonthOf(out.to), q.source_id);
    if (!spend.ok()) return spend.status();
    total.row.cost_attributed = true;
    for (const auto& s : *spend) {
      total.row.cost += s.amount;
      if (q.group_by != "source" && q.group_by != "month") continue;
      const std::string key = q.group_by == "source" ? IdToString(s.source_id) : s.month;
      Group& g = groups[key];
      g.row.key = key;
      g.row.label = q.group_by == "source" ? s.source_name : s.month;
      g.row.cost += s.amount;
    }
    if (q.group_by == "source" || q.group_by == "month")
      for (auto& [key, g] : groups) g.row.cost_attributed = true;
  }

  for (auto& [key, g] : groups) out.rows.push_back(std::move(g).Finish());
  if (q.group_by != "month")
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const AnalysisRow& a, const AnalysisRow& b) {
      return a.leads != b.leads ? a.leads > b.leads : a.label < b.label;
    });
  out.total = std::move(total).Finish();
  return out;
}

}  // namespace

Result<Analysis> LeadAnalysisService::Analyse(const org::Caller& caller, const AnalysisQuery& q) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return Compute(**lease, caller, q, clock_.Now());
}

Result<Analysis> LeadAnalysisService::Export(const org::Caller& caller, const AnalysisQuery& q) {
  if (Status s = org::Require(caller, "report.export"); !s.ok()) return s;
  Result<Analysis> out = Status::Internal("not computed");
  {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    out = Compute(**lease, caller, q, clock_.Now());
  }
  if (!out.ok()) return out.status();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    return audit::RecordAction(conn, caller, clock_.Now(), "lead.analysis_export", "lead_analysis", std::nullopt,
                               "{\"from\":\"" + FormatDate(out->from) + "\",\"to\":\"" + FormatDate(out->to) +
                                   "\",\"groupBy\":\"" + out->group_by + "\",\"rows\":" +
                                   std::to_string(out->rows.size()) + "}");
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::leads
