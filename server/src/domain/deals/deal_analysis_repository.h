#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The reads of the funnel and the forecast (docs/api-opportunities.md "Funnel, forecast,
// stale"): grouped sums over opportunities and their stage changes, cut to the caller's data
// scope. Every function answers a handful of groups, never one row per opportunity.
namespace quanke::deals {

// Whose opportunities a report covers, besides the caller's data scope.
struct OwnerFilter {
  std::optional<Id> department_id;  // owners in this department or below
  std::optional<Id> owner_id;
};

// A stage of a process as the funnel shows it.
struct AnalysedStage {
  Id id = 0;
  std::string kind;  // open, won, lost, invalid
  std::string name;
  std::int64_t position = 0, probability = 0;
};

// The process `process_id` of the caller's tenant (not deleted), or with none given the
// tenant's default one. nullopt: no such process (another tenant's, deleted, or no default).
Result<std::optional<Id>> FindProcess(storage::Connection& conn, const org::Caller& caller,
                                      std::optional<Id> process_id);

// The stages of the process (not deleted), by position.
Result<std::vector<AnalysedStage>> StagesOf(storage::Connection& conn, const org::Caller& caller,
                                            Id process_id);

// The cohort of a funnel: opportunities (not deleted) of the process created in [from, to)
// whose owner is in the caller's data scope and the filter.
struct CohortFilter {
  Id process_id = 0;
  Instant from = 0, to = 0;
  OwnerFilter owners;
};

// One group of the cohort: its opportunities of one status, stage and highest position, and
// for lost ones one reason (close_reason is "" in every other group).
struct CohortGroup {
  std::string status;
  Id stage_id = 0;
  std::int64_t max_position = 0;
  std::string lost_reason;
  std::int64_t count = 0, amount_fen = 0;
};
Result<std::vector<CohortGroup>> CohortGroups(storage::Connection& conn, const org::Caller& caller,
                                              const CohortFilter& f);

// The completed stays of the cohort in each open stage of its process: the stage changes that
// left the stage (their from_stage_id) with the time spent there.
struct StageStays {
  Id stage_id = 0;
  std::int64_t stays = 0, total_ms = 0;
};
Result<std::vector<StageStays>> CohortStays(storage::Connection& conn, const org::Caller& caller,
                                            const CohortFilter& f);

// What the forecast covers: expected close dates in ["first", "end") ("2026-12-01") for the open
// opportunities, closing instants in [month_starts.front(), month_starts.back()) for the won
// ones, where month_starts holds the first instant of each month and of the month after the last.
struct ForecastFilter {
  std::optional<Id> process_id;
  std::string first_date, end_date;
  std::vector<Instant> month_starts;
  OwnerFilter owners;
};

// The open opportunities (not deleted, owner in scope) of one expected close month.
struct OpenMonth {
  std::string month;  // "2026-12"
  std::int64_t count = 0, amount_fen = 0;
  std::int64_t weighted_fen = 0;  // Σ floor(amount_fen × probability / 100)
  std::int64_t commit_fen = 0;    // Σ amount_fen of those with probability >= 70
};
Result<std::vector<OpenMonth>> OpenByCloseMonth(storage::Connection& conn,
                                                const org::Caller& caller, const ForecastFilter& f);

// The amount of the won opportunities (not deleted, owner in scope) closed in each month:
// month_index counts from the filter's first month.
struct WonMonth {
  std::int64_t month_index = 0;
  std::int64_t amount_fen = 0;
};
Result<std::vector<WonMonth>> WonByClosedMonth(storage::Connection& conn, const org::Caller& caller,
                                               const ForecastFilter& f);

}  // namespace quanke::deals
