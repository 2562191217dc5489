#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ids.h"
#include "core/time_zone.h"

// The pure rules of targets (docs/api-targets.md, "Targets"): periods, the integer splits of a
// decomposition and the sheet's integrity flags. No database, no clock: unit-tested.
namespace quanke::targets {

enum class PeriodKind { kYear, kQuarter, kMonth, kWeek };
const char* PeriodKindName(PeriodKind kind);  // "year", "quarter", "month", "week"

// A target period: "2026" (year), "2026-Q4" (quarter), "2026-12" (month), "2026-W49" (ISO week;
// `year` is then the ISO week-numbering year, whose week 1 holds its first Thursday).
struct Period {
  PeriodKind kind = PeriodKind::kYear;
  int year = 0;
  int index = 0;  // quarter 1–4, month 1–12, week 1–52/53; 0 for a year
  bool operator==(const Period&) const = default;
};

// nullopt when malformed or out of range (years 1970–9999, "2026-W53" only in a 53-week year).
std::optional<Period> ParsePeriod(std::string_view text);
std::string FormatPeriod(const Period& period);
// 52 or 53: the ISO weeks of an ISO week-numbering year.
int IsoWeeksIn(int year);
// The period's first and last local days (inclusive).
LocalDate FirstDay(const Period& period);
LocalDate LastDay(const Period& period);
// The month holding `day`.
Period MonthOf(LocalDate day);
// The history decomposition's window: the 3 calendar months before the month the period's first
// day is in, as first and last days ("2026-12" → 2026-09-01..2026-11-30; "2026-W49", which
// starts on 30 November → 2026-08-01..2026-10-31; "2027-02" → 2026-11-01..2027-01-31).
std::pair<LocalDate, LocalDate> HistoryWindow(const Period& period);
// Years a sheet, a lock list or a change filter may name.
inline bool ValidYear(int year) { return year >= 1970 && year <= 9999; }
// The sub-periods of `parent` of kind `into`, in order: a year's 4 quarters or 12 months, a
// quarter's 3 months. Empty for any other pair.
std::vector<Period> SubPeriods(const Period& parent, PeriodKind into);
// Every period whose text names `year`: the year, its quarters, months and ISO weeks, in that order.
std::vector<Period> PeriodsOfYear(int year);

// Splits `total` (≥ 0) over the parts by integer `weights` (≥ 0, not all 0): each part gets
// floor(total × w_i / Σw), and the remainder goes one unit at a time to the parts with the
// largest `total × w_i mod Σw`, ties to the earlier part. The parts sum to `total`.
std::vector<std::int64_t> SplitByWeights(std::int64_t total, const std::vector<std::int64_t>& weights);

// The history decomposition of `total` over parts whose actuals over the 3 months before the
// period are `three_month_actuals`: avg_i = floor(actual_i / 3), baseline_i = floor(avg_i × 7 /
// 10), and the increment total − Σ baseline spread by the weights avg_i (evenly when all are 0).
// A negative increment is taken away the same way; a part that would go below 0 stays at 0 and
// its shortfall is taken from the others in order. The values sum to `total`.
struct HistorySplit {
  std::vector<std::int64_t> baselines;
  std::int64_t baseline_total = 0;
  std::vector<std::int64_t> values;
};
HistorySplit SplitByHistory(std::int64_t total, const std::vector<std::int64_t>& three_month_actuals);

// The sheet's integrity flags. An assignee of the sheet: `parent` is the index (in the same list)
// of the department it sits under (the company for a root department or for a member of none),
// -1 for the company itself. `children_complete` is false when some of its children are not on
// the sheet (outside the caller's scope): it is then never flagged for its children.
struct SheetNode {
  int parent = -1;
  bool children_complete = true;
};
// One set target value: which node, which period.
struct SheetValue {
  int node = 0;
  Period period;
  std::int64_t value = 0;
};
struct SheetFlag {
  enum class Kind { kChildrenSum, kPeriodsSum } kind = Kind::kChildrenSum;
  int node = 0;
  Period period;
  std::int64_t expected = 0;  // the parent's value
  std::int64_t actual = 0;    // the sum of its children or sub-periods
};
const char* SheetFlagKindName(SheetFlag::Kind kind);  // "children_sum", "periods_sum"
// A parent (node or period) flags when it is set, has at least one child, every child is set,
// and their sum differs from it. Sub-periods: a year's quarters, a year's months, a quarter's
// months. Flags come by node, then period order.
std::vector<SheetFlag> SheetFlags(const std::vector<SheetNode>& nodes, const std::vector<SheetValue>& values);

}  // namespace quanke::targets
