#pragma once

#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "core/time_zone.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::deals {

// A calendar month as a count of months since year 0 (year × 12 + month − 1), so month
// arithmetic is integer arithmetic.
using MonthIndex = int;
// "2026-12" ⇄ MonthIndex; false when malformed.
bool ParseMonth(const std::string& text, MonthIndex* out);
std::string FormatMonth(MonthIndex m);

// What the funnel covers (docs/api-opportunities.md "Funnel, forecast, stale").
struct FunnelQuery {
  std::optional<Id> process_id;       // default: the tenant's default process
  std::optional<LocalDate> from, to;  // creation dates in the tenant's zone; default this year
  std::optional<Id> department_id, owner_id;
};

// One open stage: `count`/`amount_fen` of the cohort's open opportunities in it now, `reached`
// of the cohort's opportunities whose highest position is at least its position.
struct FunnelStage {
  Id stage_id = 0;
  std::string name, kind;
  std::int64_t position = 0, probability = 0;
  std::int64_t count = 0, amount_fen = 0, reached = 0;
  std::optional<std::int64_t> conversion_bp;  // reached(next open stage or won) × 10000 / reached
  std::optional<std::int64_t> avg_ms_in_stage;  // floor of the mean completed stay
  std::string query;                            // the list query of count / amount_fen
  std::string reached_query;                    // the list query of reached
};

// The cohort's opportunities of one outcome (or one lost reason).
struct FunnelOutcome {
  std::string reason;  // lost reasons only
  std::int64_t count = 0, amount_fen = 0;
  std::string query;
};

struct Funnel {
  std::optional<Id> process_id;  // nullopt: the tenant has no process yet (an empty funnel)
  LocalDate from = 0, to = 0;
  std::vector<FunnelStage> stages;  // the open stages by position
  FunnelOutcome won, lost, invalid;
  std::vector<FunnelOutcome> lost_reasons;  // most first, then by reason
  std::optional<std::int64_t> win_rate_bp;  // won × 10000 / (won + lost)
};

struct ForecastQuery {
  std::optional<MonthIndex> from, to;  // default this month and the next five
  std::optional<Id> process_id;        // default: every process
  std::optional<Id> department_id, owner_id;
};

struct ForecastMonth {
  std::string month;  // "2026-12"
  std::int64_t count = 0, amount_fen = 0, weighted_fen = 0, commit_fen = 0, best_case_fen = 0,
               won_fen = 0;
  std::string query, won_query;
};

struct Forecast {
  std::vector<ForecastMonth> months;
};

// The funnel and the forecast of the same filter, as exported.
struct FunnelExport {
  Funnel funnel;
  Forecast forecast;
};

// The funnel (销售漏斗) and the forecast of opportunities: reports, needing report.view, over the
// opportunities whose owner is in the caller's data scope. Every number carries the list query
// (GET /opportunities) that shows the opportunities behind it. Money is integer fen throughout.
// Each answer is a few grouped reads (deal_analysis_repository.h), never a row per opportunity.
// Thread-safe.
// Answers of the whole company kept for at most `kMaxAgeMs` (the issue allows reports a minute
// stale): at a million opportunities a whole-company funnel reads for seconds, so one caller
// computes it and everyone asking meanwhile shares an answer (one computation per key at a
// time). Past half its age the first caller recomputes it while the others are still served the
// held one, so with steady use nobody but that caller waits; only an answer older than
// kMaxAgeMs makes everyone wait for the new one. An answer is stamped with the instant its
// computation began, so what it shows is never older than kMaxAgeMs when served. Per node, in
// memory; thread-safe.
template <typename T>
class RecentAnswers {
 public:
  static constexpr std::int64_t kMaxAgeMs = 60 * 1000;

  template <typename Compute>
  Result<T> Get(const std::string& key, Instant now, Compute compute) {
    std::promise<Result<T>> promise;
    std::shared_future<Result<T>> pending;
    {
      std::lock_guard lock(mu_);
      const auto held = done_.find(key);
      const bool usable = held != done_.end() && now - held->second.first < kMaxAgeMs;
      if (usable && now - held->second.first < kMaxAgeMs / 2) return held->second.second;
      if (auto it = flying_.find(key); it != flying_.end()) {
        if (usable) return held->second.second;  // someone is recomputing it; this one still serves
        pending = it->second;
      } else {
        flying_[key] = promise.get_future().share();
      }
    }
    if (pending.valid()) return pending.get();
    Result<T> answer = compute();
    {
      std::lock_guard lock(mu_);
      flying_.erase(key);
      if (done_.size() >= kMaxKeys) std::erase_if(done_, [&](const auto& kv) { return now - kv.second.first >= kMaxAgeMs; });
      if (answer.ok() && done_.size() < kMaxKeys) done_.insert_or_assign(key, std::pair{now, answer});
    }
    promise.set_value(answer);
    return answer;
  }

 private:
  static constexpr size_t kMaxKeys = 1000;
  std::mutex mu_;
  std::map<std::string, std::pair<Instant, Result<T>>> done_;           // guarded by mu_
  std::map<std::string, std::shared_future<Result<T>>> flying_;        // guarded by mu_
};

class DealAnalysisService {
 public:
  DealAnalysisService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The funnel of a process. A caller who sees the whole company and filters by no department or
  // owner may get an answer up to a minute old (RecentAnswers); everyone else's is read now.
  // not_found: processId names no process of the caller's tenant.
  // validation.failed: `to` invalid_value when before `from`.
  Result<Funnel> FunnelOf(const org::Caller& caller, const FunnelQuery& q);
  // The forecast by expected close month; whole-company answers as the funnel's. not_found: as
  // the funnel's. validation.failed: `to`
  // invalid_value when before `from` or more than 24 months in all.
  Result<Forecast> ForecastOf(const org::Caller& caller, const ForecastQuery& q);
  // The funnel and the forecast of its process, owners and default months, for an export
  // (report.export), with an audit entry "opportunity.funnel_export". Errors as the funnel's.
  Result<FunnelExport> Export(const org::Caller& caller, const FunnelQuery& q);

 private:
  storage::Database& db_;
  const Clock& clock_;
  RecentAnswers<Funnel> funnels_;
  RecentAnswers<Forecast> forecasts_;
};

}  // namespace quanke::deals
