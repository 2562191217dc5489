#include "domain/targets/target_rules.h"

#include <date/date.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

namespace quanke::targets {
namespace {

LocalDate DayOf(int year, int month, int day) {
  return static_cast<LocalDate>(
      date::sys_days{date::year{year} / date::month{static_cast<unsigned>(month)} /
                     date::day{static_cast<unsigned>(day)}}
          .time_since_epoch()
          .count());
}

LocalDate LastDayOfMonth(int year, int month) {
  const date::year_month_day_last last{date::year{year} / date::month{static_cast<unsigned>(month)} / date::last};
  return static_cast<LocalDate>(date::sys_days{last}.time_since_epoch().count());
}

// The Monday of ISO week 1: the week holding 4 January.
LocalDate IsoWeekOneMonday(int year) {
  const LocalDate jan4 = DayOf(year, 1, 4);
  const unsigned iso_weekday = date::weekday{date::sys_days{date::days{jan4}}}.iso_encoding();  // Monday = 1
  return jan4 - static_cast<LocalDate>(iso_weekday - 1);
}

// Reads exactly `digits` decimal digits of `text` from `pos`; -1 when they are not digits.
int ReadNumber(std::string_view text, size_t pos, size_t digits) {
  if (pos + digits > text.size()) return -1;
  int n = 0;
  for (size_t i = pos; i < pos + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    n = n * 10 + (text[i] - '0');
  }
  return n;
}

int KindRank(PeriodKind kind) { return static_cast<int>(kind); }

bool PeriodLess(const Period& a, const Period& b) {
  if (a.year != b.year) return a.year < b.year;
  if (KindRank(a.kind) != KindRank(b.kind)) return KindRank(a.kind) < KindRank(b.kind);
  return a.index < b.index;
}

}  // namespace

const char* PeriodKindName(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kYear: return "year";
    case PeriodKind::kQuarter: return "quarter";
    case PeriodKind::kMonth: return "month";
    case PeriodKind::kWeek: return "week";
  }
  return "year";
}

std::optional<Period> ParsePeriod(std::string_view text) {
  const int year = ReadNumber(text, 0, 4);
  if (!ValidYear(year)) return std::nullopt;
  if (text.size() == 4) return Period{PeriodKind::kYear, year, 0};
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  Period p{PeriodKind::kMonth, year, 0};
  if (text[5] == 'Q' && text.size() == 7) {
    p.kind = PeriodKind::kQuarter;
    p.index = ReadNumber(text, 6, 1);
    if (p.index < 1 || p.index > 4) return std::nullopt;
  } else if (text[5] == 'W' && text.size() == 8) {
    p.kind = PeriodKind::kWeek;
    p.index = ReadNumber(text, 6, 2);
    if (p.index < 1 || p.index > IsoWeeksIn(year)) return std::nullopt;
  } else if (text.size() == 7) {
    p.index = ReadNumber(text, 5, 2);
    if (p.index < 1 || p.index > 12) return std::nullopt;
  } else {
    return std::nullopt;
  }
  return p;
}

std::string FormatPeriod(const Period& period) {
  std::string text = std::to_string(period.year);
  const auto append_two_digits = [&text](int n) {
    text.push_back(static_cast<char>('0' + n / 10));
    text.push_back(static_cast<char>('0' + n % 10));
  };
  switch (period.kind) {
    case PeriodKind::kYear: break;
    case PeriodKind::kQuarter: text += "-Q"; text.push_back(static_cast<char>('0' + period.index)); break;
    case PeriodKind::kMonth: text += "-"; append_two_digits(period.index); break;
    case PeriodKind::kWeek: text += "-W"; append_two_digits(period.index); break;
  }
  return text;
}

int IsoWeeksIn(int year) { return (IsoWeekOneMonday(year + 1) - IsoWeekOneMonday(year)) / 7; }

LocalDate FirstDay(const Period& period) {
  switch (period.kind) {
    case PeriodKind::kYear: return DayOf(period.year, 1, 1);
    case PeriodKind::kQuarter: return DayOf(period.year, (period.index - 1) * 3 + 1, 1);
    case PeriodKind::kMonth: return DayOf(period.year, period.index, 1);
    case PeriodKind::kWeek: return IsoWeekOneMonday(period.year) + (period.index - 1) * 7;
  }
  return 0;
}

LocalDate LastDay(const Period& period) {
  switch (period.kind) {
    case PeriodKind::kYear: return DayOf(period.year, 12, 31);
    case PeriodKind::kQuarter: return LastDayOfMonth(period.year, period.index * 3);
    case PeriodKind::kMonth: return LastDayOfMonth(period.year, period.index);
    case PeriodKind::kWeek: return FirstDay(period) + 6;
  }
  return 0;
}

Period MonthOf(LocalDate day) {
  const date::year_month_day ymd{date::sys_days{date::days{day}}};
  return Period{PeriodKind::kMonth, static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month()))};
}

std::pair<LocalDate, LocalDate> HistoryWindow(const Period& period) {
  constexpr int kMonths = 3;
  const Period month = MonthOf(FirstDay(period));
  const int months_since_year_zero = month.year * 12 + (month.index - 1) - kMonths;
  const Period first{PeriodKind::kMonth, months_since_year_zero / 12, months_since_year_zero % 12 + 1};
  return {FirstDay(first), FirstDay(month) - 1};
}

std::vector<Period> SubPeriods(const Period& parent, PeriodKind into) {
  std::vector<Period> out;
  if (parent.kind == PeriodKind::kYear && into == PeriodKind::kQuarter) {
    for (int q = 1; q <= 4; ++q) out.push_back({PeriodKind::kQuarter, parent.year, q});
  } else if (parent.kind == PeriodKind::kYear && into == PeriodKind::kMonth) {
    for (int m = 1; m <= 12; ++m) out.push_back({PeriodKind::kMonth, parent.year, m});
  } else if (parent.kind == PeriodKind::kQuarter && into == PeriodKind::kMonth) {
    for (int m = 1; m <= 3; ++m) out.push_back({PeriodKind::kMonth, parent.year, (parent.index - 1) * 3 + m});
  }
  return out;
}

std::vector<Period> PeriodsOfYear(int year) {
  const Period whole{PeriodKind::kYear, year, 0};
  std::vector<Period> out{whole};
  for (const Period& q : SubPeriods(whole, PeriodKind::kQuarter)) out.push_back(q);
  for (const Period& m : SubPeriods(whole, PeriodKind::kMonth)) out.push_back(m);
  for (int w = 1; w <= IsoWeeksIn(year); ++w) out.push_back({PeriodKind::kWeek, year, w});
  return out;
}

std::vector<std::int64_t> SplitByWeights(std::int64_t total, const std::vector<std::int64_t>& weights) {
  std::vector<std::int64_t> parts(weights.size(), 0);
  __int128 weight_sum = 0;
  for (std::int64_t w : weights) weight_sum += w;
  if (weights.empty() || weight_sum <= 0 || total <= 0) return parts;
  // 128-bit products: a total in fen times a weight may pass 2^63.
  std::vector<std::pair<__int128, size_t>> remainders;
  std::int64_t handed_out = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const __int128 product = static_cast<__int128>(total) * weights[i];
    parts[i] = static_cast<std::int64_t>(product / weight_sum);
    handed_out += parts[i];
    remainders.emplace_back(product % weight_sum, i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::int64_t left = total - handed_out, k = 0; left > 0; --left, ++k) ++parts[remainders[k].second];
  return parts;
}

HistorySplit SplitByHistory(std::int64_t total, const std::vector<std::int64_t>& three_month_actuals) {
  constexpr std::int64_t kMonths = 3;
  HistorySplit split;
  std::vector<std::int64_t> averages;
  for (std::int64_t actual : three_month_actuals) {
    const std::int64_t avg = std::max<std::int64_t>(actual, 0) / kMonths;
    averages.push_back(avg);
    split.baselines.push_back(avg * 7 / 10);
    split.baseline_total += split.baselines.back();
  }
  const bool all_zero = std::all_of(averages.begin(), averages.end(), [](std::int64_t a) { return a == 0; });
  const std::vector<std::int64_t> weights = all_zero ? std::vector<std::int64_t>(averages.size(), 1) : averages;
  const std::int64_t increment = total - split.baseline_total;
  const std::vector<std::int64_t> shares = SplitByWeights(increment >= 0 ? increment : -increment, weights);
  std::int64_t shortfall = 0;
  for (size_t i = 0; i < shares.size(); ++i) {
    std::int64_t value = split.baselines[i] + (increment >= 0 ? shares[i] : -shares[i]);
    if (value < 0) {
      shortfall -= value;
      value = 0;
    }
    split.values.push_back(value);
  }
  for (std::int64_t& value : split.values) {
    const std::int64_t take = std::min(value, shortfall);
    value -= take;
    shortfall -= take;
  }
  return split;
}

const char* SheetFlagKindName(SheetFlag::Kind kind) {
  return kind == SheetFlag::Kind::kChildrenSum ? "children_sum" : "periods_sum";
}

std::vector<SheetFlag> SheetFlags(const std::vector<SheetNode>& nodes, const std::vector<SheetValue>& values) {
  std::map<std::pair<int, std::string>, std::int64_t> set;  // (node, period text) → value
  std::vector<std::vector<const SheetValue*>> by_node(nodes.size());
  for (const SheetValue& v : values) {
    if (v.node < 0 || static_cast<size_t>(v.node) >= nodes.size()) continue;
    set[{v.node, FormatPeriod(v.period)}] = v.value;
    by_node[static_cast<size_t>(v.node)].push_back(&v);
  }
  std::vector<std::vector<int>> children(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].parent >= 0) children[static_cast<size_t>(nodes[i].parent)].push_back(static_cast<int>(i));

  // The sum of `keys` when every one is set.
  const auto sum_if_all_set = [&](const std::vector<std::pair<int, std::string>>& keys) -> std::optional<std::int64_t> {
    if (keys.empty()) return std::nullopt;
    std::int64_t sum = 0;
    for (const auto& key : keys) {
      const auto it = set.find(key);
      if (it == set.end()) return std::nullopt;
      sum += it->second;
    }
    return sum;
  };

  std::vector<SheetFlag> flags;
  for (size_t node = 0; node < nodes.size(); ++node) {
    std::vector<const SheetValue*> own = by_node[node];
    std::stable_sort(own.begin(), own.end(), [](const SheetValue* a, const SheetValue* b) { return PeriodLess(a->period, b->period); });
    for (const SheetValue* v : own) {
      const std::string period = FormatPeriod(v->period);
      if (nodes[node].children_complete) {
        std::vector<std::pair<int, std::string>> keys;
        for (int child : children[node]) keys.emplace_back(child, period);
        const auto sum = sum_if_all_set(keys);
        if (sum && *sum != v->value) flags.push_back({SheetFlag::Kind::kChildrenSum, static_cast<int>(node), v->period, v->value, *sum});
      }
      for (PeriodKind into : {PeriodKind::kQuarter, PeriodKind::kMonth}) {
        std::vector<std::pair<int, std::string>> keys;
        for (const Period& sub : SubPeriods(v->period, into)) keys.emplace_back(static_cast<int>(node), FormatPeriod(sub));
        const auto sum = sum_if_all_set(keys);
        if (sum && *sum != v->value) flags.push_back({SheetFlag::Kind::kPeriodsSum, static_cast<int>(node), v->period, v->value, *sum});
      }
    }
  }
  return flags;
}

}  // namespace quanke::targets
