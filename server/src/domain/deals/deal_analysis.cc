// The funnel and the forecast: grouped reads turned into the answers of
// docs/api-opportunities.md, each number with the list query that shows what is behind it.
#include "domain/deals/deal_analysis.h"

#include <algorithm>
#include <map>

#include "domain/deals/deal_analysis_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"

namespace quanke::deals {
using storage::Connection;

namespace {

constexpr std::int64_t kBasisPoints = 10000;
constexpr int kDefaultForecastMonths = 6;
constexpr int kMaxForecastMonths = 24;
constexpr std::int64_t kCommitProbability = 70;
constexpr int kFirstYear = 1970, kLastYear = 9998;

LocalDate FirstDayOf(MonthIndex m) {
  LocalDate d = 0;
  ParseDate(FormatMonth(m) + "-01", &d);
  return d;
}

MonthIndex MonthOf(LocalDate d) {
  MonthIndex m = 0;
  ParseMonth(FormatDate(d).substr(0, 7), &m);
  return m;
}

// January 1st and December 31st of the year of `d`.
LocalDate FirstOfYear(LocalDate d) { return FirstDayOf(MonthOf(d) / 12 * 12); }
LocalDate LastOfYear(LocalDate d) { return FirstDayOf(MonthOf(d) / 12 * 12 + 12) - 1; }

// A list query (GET /opportunities) built a filter at a time: name=value&…, values
// percent-encoded (UTF-8 bytes outside the unreserved set).
class ListQuery {
 public:
  ListQuery& Add(const char* name, const std::string& value) {
    if (!text_.empty()) text_ += '&';
    text_ += name;
    text_ += '=';
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (unsigned char c : value) {
      const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                              (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                              c == '~';
      if (unreserved) {
        text_ += static_cast<char>(c);
      } else {
        text_ += '%';
        text_ += kHex[c >> 4];
        text_ += kHex[c & 15];
      }
    }
    return *this;
  }
  ListQuery& AddId(const char* name, const std::optional<Id>& id) {
    if (id) Add(name, IdToString(*id));
    return *this;
  }
  ListQuery& AddOwners(const std::optional<Id>& department_id, const std::optional<Id>& owner_id) {
    return AddId("departmentId", department_id).AddId("ownerId", owner_id);
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

std::optional<std::int64_t> Ratio(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return part * kBasisPoints / whole;
}

Result<Funnel> ComputeFunnel(Connection& conn, const org::Caller& caller, const FunnelQuery& q,
                             Instant now) {
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(now);
  Funnel out;
  out.from = q.from.value_or(FirstOfYear(q.to.value_or(today)));
  out.to = q.to.value_or(LastOfYear(q.from.value_or(today)));
  if (out.to < out.from) return Status::Validation({{"to", "invalid_value"}});
  auto process = FindProcess(conn, caller, q.process_id);
  if (!process.ok()) return process.status();
  if (!*process && q.process_id) return Status::NotFound();
  out.process_id = *process;

  // Every query names the process, the creation dates and the owner filters.
  auto cohort_query = [&](ListQuery query) {
    return query.Add("createdFrom", FormatDate(out.from))
        .Add("createdTo", FormatDate(out.to))
        .AddOwners(q.department_id, q.owner_id)
        .text();
  };
  auto outcome_query = [&](const char* status) {
    return cohort_query(ListQuery().AddId("processId", out.process_id).Add("status", status));
  };
  out.won.query = outcome_query("won");
  out.lost.query = outcome_query("lost");
  out.invalid.query = outcome_query("invalid");
  if (!out.process_id) return out;  // no process yet: nothing to count
  const Id process_id = *out.process_id;

  auto stages = StagesOf(conn, caller, process_id);
  if (!stages.ok()) return stages.status();
  const CohortFilter filter{process_id,
                            zone->StartOf(out.from),
                            zone->StartOf(out.to + 1),
                            {q.department_id, q.owner_id}};
  auto groups = CohortGroups(conn, caller, filter);
  if (!groups.ok()) return groups.status();
  auto stays = CohortStays(conn, caller, filter);
  if (!stays.ok()) return stays.status();

  std::map<Id, FunnelStage*> by_stage;
  std::int64_t won_position = 0;
  for (const auto& s : *stages) {
    if (s.kind == "won") won_position = s.position;
    if (s.kind != "open") continue;
    FunnelStage st;
    st.stage_id = s.id;
    st.name = s.name;
    st.kind = s.kind;
    st.position = s.position;
    st.probability = s.probability;
    st.query = cohort_query(ListQuery()
                                .Add("processId", IdToString(process_id))
                                .Add("stageId", IdToString(s.id))
                                .Add("status", "open"));
    st.reached_query = cohort_query(ListQuery()
                                        .Add("processId", IdToString(process_id))
                                        .Add("reachedPosition", std::to_string(s.position)));
    out.stages.push_back(std::move(st));
  }
  for (auto& st : out.stages) by_stage[st.stage_id] = &st;
  if (won_position == 0) won_position = out.stages.empty() ? 1 : out.stages.back().position + 1;

  std::map<std::string, FunnelOutcome> reasons;
  auto reached = [&](std::int64_t position) {
    std::int64_t n = 0;
    for (const auto& g : *groups)
      if (g.max_position >= position) n += g.count;
    return n;
  };
  for (const auto& g : *groups) {
    FunnelOutcome* outcome = g.status == "won"       ? &out.won
                             : g.status == "lost"    ? &out.lost
                             : g.status == "invalid" ? &out.invalid
                                                     : nullptr;
    if (outcome) {
      outcome->count += g.count;
      outcome->amount_fen += g.amount_fen;
    }
    if (g.status == "lost") {
      FunnelOutcome& r = reasons[g.lost_reason];
      r.reason = g.lost_reason;
      r.count += g.count;
      r.amount_fen += g.amount_fen;
    }
    if (g.status == "open")
      if (auto it = by_stage.find(g.stage_id); it != by_stage.end()) {
        it->second->count += g.count;
        it->second->amount_fen += g.amount_fen;
      }
  }
  for (size_t i = 0; i < out.stages.size(); ++i) {
    FunnelStage& st = out.stages[i];
    st.reached = reached(st.position);
    const std::int64_t next = i + 1 < out.stages.size() ? out.stages[i + 1].position : won_position;
    st.conversion_bp = Ratio(reached(next), st.reached);
  }
  for (const auto& s : *stays)
    if (auto it = by_stage.find(s.stage_id); it != by_stage.end() && s.stays > 0)
      it->second->avg_ms_in_stage = s.total_ms / s.stays;

  for (auto& [reason, r] : reasons) {
    r.query = cohort_query(ListQuery()
                               .Add("processId", IdToString(process_id))
                               .Add("status", "lost")
                               .Add("lostReason", reason));
    out.lost_reasons.push_back(std::move(r));
  }
  std::stable_sort(
      out.lost_reasons.begin(), out.lost_reasons.end(),
      [](const FunnelOutcome& a, const FunnelOutcome& b) { return a.count > b.count; });
  out.win_rate_bp = Ratio(out.won.count, out.won.count + out.lost.count);
  return out;
}

Result<Forecast> ComputeForecast(Connection& conn, const org::Caller& caller,
                                 const ForecastQuery& q, Instant now) {
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const MonthIndex from = q.from.value_or(MonthOf(zone->DateOf(now)));
  const MonthIndex to = q.to.value_or(from + kDefaultForecastMonths - 1);
  if (to < from || to - from + 1 > kMaxForecastMonths)
    return Status::Validation({{"to", "invalid_value"}});
  if (q.process_id) {
    auto process = FindProcess(conn, caller, q.process_id);
    if (!process.ok()) return process.status();
    if (!*process) return Status::NotFound();
  }
  ForecastFilter f;
  f.process_id = q.process_id;
  f.first_date = FormatDate(FirstDayOf(from));
  f.end_date = FormatDate(FirstDayOf(to + 1));
  for (MonthIndex m = from; m <= to + 1; ++m)
    f.month_starts.push_back(zone->StartOf(FirstDayOf(m)));
  f.owners = {q.department_id, q.owner_id};
  auto open = OpenByCloseMonth(conn, caller, f);
  if (!open.ok()) return open.status();
  auto won = WonByClosedMonth(conn, caller, f);
  if (!won.ok()) return won.status();

  // The open ones by expected close month (closeMonth), the won ones by closing month
  // (closedMonth).
  auto month_query = [&](const char* status, const char* month_filter, const std::string& month) {
    return ListQuery()
        .AddId("processId", q.process_id)
        .Add("status", status)
        .Add(month_filter, month)
        .AddOwners(q.department_id, q.owner_id)
        .text();
  };
  Forecast out;
  for (MonthIndex m = from; m <= to; ++m) {
    ForecastMonth fm;
    fm.month = FormatMonth(m);
    fm.query = month_query("open", "closeMonth", fm.month);
    fm.won_query = month_query("won", "closedMonth", fm.month);
    out.months.push_back(std::move(fm));
  }
  for (const auto& o : *open) {
    MonthIndex m = 0;
    if (!ParseMonth(o.month, &m) || m < from || m > to) continue;
    ForecastMonth& fm = out.months[static_cast<size_t>(m - from)];
    fm.count = o.count;
    fm.amount_fen = o.amount_fen;
    fm.weighted_fen = o.weighted_fen;
    fm.commit_fen = o.commit_fen;
  }
  for (const auto& w : *won)
    if (w.month_index >= 0 && w.month_index < static_cast<std::int64_t>(out.months.size()))
      out.months[static_cast<size_t>(w.month_index)].won_fen = w.amount_fen;
  for (auto& fm : out.months) {
    fm.commit_fen += fm.won_fen;
    fm.best_case_fen = fm.amount_fen + fm.won_fen;
  }
  return out;
}

}  // namespace

bool ParseMonth(const std::string& text, MonthIndex* out) {
  if (text.size() != 7 || text[4] != '-') return false;
  int value[2] = {0, 0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == 4) continue;
    if (text[i] < '0' || text[i] > '9') return false;
    int& v = value[i < 4 ? 0 : 1];
    v = v * 10 + (text[i] - '0');
  }
  const int year = value[0], month = value[1];
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12) return false;
  *out = year * 12 + month - 1;
  return true;
}

std::string FormatMonth(MonthIndex m) {
  const int year = m / 12, month = m % 12 + 1;
  return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
}

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

// Whole-company answers are the same for every caller who sees the whole company (and are the
// expensive ones); any narrower caller or filter reads now.
bool WholeCompany(const org::Caller& caller, const std::optional<Id>& department_id, const std::optional<Id>& owner_id) {
  return caller.scope == org::DataScope::kAll && !department_id && !owner_id;
}

template <typename T>
std::string OptionalKey(const std::optional<T>& v) {
  return v ? std::to_string(*v) : std::string("-");
}

}  // namespace

Result<Funnel> DealAnalysisService::FunnelOf(const org::Caller& caller, const FunnelQuery& q) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  const Instant now = clock_.Now();
  auto compute = [&]() -> Result<Funnel> {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    return ComputeFunnel(**lease, caller, q, now);
  };
  if (!WholeCompany(caller, q.department_id, q.owner_id)) return compute();
  const std::string key = IdToString(caller.tenant_id) + "|" + OptionalKey(q.process_id) + "|" + OptionalKey(q.from) +
                          "|" + OptionalKey(q.to) + "|" + std::to_string(now / kDayMs);
  return funnels_.Get(key, now, compute);
}

Result<Forecast> DealAnalysisService::ForecastOf(const org::Caller& caller,
                                                 const ForecastQuery& q) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  const Instant now = clock_.Now();
  auto compute = [&]() -> Result<Forecast> {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    return ComputeForecast(**lease, caller, q, now);
  };
  if (!WholeCompany(caller, q.department_id, q.owner_id)) return compute();
  const std::string key = IdToString(caller.tenant_id) + "|" + OptionalKey(q.process_id) + "|" + OptionalKey(q.from) +
                          "|" + OptionalKey(q.to) + "|" + std::to_string(now / kDayMs);
  return forecasts_.Get(key, now, compute);
}

Result<FunnelExport> DealAnalysisService::Export(const org::Caller& caller, const FunnelQuery& q) {
  if (Status s = org::Require(caller, "report.export"); !s.ok()) return s;
  Result<FunnelExport> out = Status::Internal("not computed");
  {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    const Instant now = clock_.Now();
    auto funnel = ComputeFunnel(**lease, caller, q, now);
    if (!funnel.ok()) return funnel.status();
    // The forecast of the funnel's process and owners (every process when the tenant has none).
    ForecastQuery fq;
    fq.process_id = funnel->process_id;
    fq.department_id = q.department_id;
    fq.owner_id = q.owner_id;
    auto forecast = ComputeForecast(**lease, caller, fq, now);
    if (!forecast.ok()) return forecast.status();
    out = FunnelExport{std::move(*funnel), std::move(*forecast)};
  }
  // The details name the process (when there is one) and the creation dates.
  std::string details = "{\"from\":\"" + FormatDate(out->funnel.from) + "\",\"to\":\"" +
                        FormatDate(out->funnel.to) + "\"";
  if (out->funnel.process_id)
    details.append(",\"processId\":\"").append(IdToString(*out->funnel.process_id)).append("\"");
  details += '}';
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    return audit::RecordAction(conn, caller, clock_.Now(), "opportunity.funnel_export",
                               "opportunity_funnel", out->funnel.process_id, details);
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::deals
