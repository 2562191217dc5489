#include "domain/targets/target_rules.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace quanke::targets {
namespace {

LocalDate D(const char* text) {
  LocalDate d = 0;
  EXPECT_TRUE(ParseDate(text, &d)) << text;
  return d;
}

Period P(const char* text) {
  const auto p = ParsePeriod(text);
  EXPECT_TRUE(p.has_value()) << text;
  return p.value_or(Period{});
}

TEST(TargetPeriod, ParsesAndFormatsEveryKind) {
  for (const char* text : {"2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12", "2026-W01", "2026-W49", "2026-W53"}) {
    const auto p = ParsePeriod(text);
    ASSERT_TRUE(p.has_value()) << text;
    EXPECT_EQ(FormatPeriod(*p), text);
  }
  EXPECT_EQ(P("2026-Q4"), (Period{PeriodKind::kQuarter, 2026, 4}));
  EXPECT_EQ(P("2026-W49"), (Period{PeriodKind::kWeek, 2026, 49}));
  EXPECT_STREQ(PeriodKindName(P("2026-12").kind), "month");
}

TEST(TargetPeriod, RefusesMalformedText) {
  for (const char* text : {"", "26", "202", "20261", "2026-", "2026-13", "2026-00", "2026-1", "2026-Q0", "2026-Q5",
                           "2026-Q12", "2026-W00", "2026-W7", "2026-W54", "2025-W53", "1969", "2026-12-01", "２０２６",
                           "2026/12", "2026-w01", "2026-q1", " 2026"}) {
    EXPECT_FALSE(ParsePeriod(text).has_value()) << "'" << text << "'";
  }
}

TEST(TargetPeriod, IsoWeeksIncludingA53WeekYear) {
  EXPECT_EQ(IsoWeeksIn(2025), 52);
  EXPECT_EQ(IsoWeeksIn(2026), 53) << "1 January 2026 is a Thursday";
  EXPECT_EQ(IsoWeeksIn(2020), 53) << "a leap year starting on a Wednesday";
  EXPECT_EQ(IsoWeeksIn(2027), 52);
  EXPECT_EQ(FirstDay(P("2026-W01")), D("2025-12-29")) << "week 1 holds 4 January and starts on Monday";
  EXPECT_EQ(FirstDay(P("2026-W49")), D("2026-11-30"));
  EXPECT_EQ(LastDay(P("2026-W49")), D("2026-12-06"));
  EXPECT_EQ(FirstDay(P("2026-W53")), D("2026-12-28"));
  EXPECT_EQ(LastDay(P("2026-W53")), D("2027-01-03"));
  EXPECT_EQ(FirstDay(P("2027-W01")), D("2027-01-04"));
  EXPECT_EQ(FirstDay(P("2021-W01")), D("2021-01-04")) << "2020's week 53 ran to 3 January 2021";
  EXPECT_TRUE(ParsePeriod("2020-W53").has_value());
  EXPECT_FALSE(ParsePeriod("2021-W53").has_value());
}

TEST(TargetPeriod, FirstAndLastDays) {
  EXPECT_EQ(FirstDay(P("2026")), D("2026-01-01"));
  EXPECT_EQ(LastDay(P("2026")), D("2026-12-31"));
  EXPECT_EQ(FirstDay(P("2026-Q4")), D("2026-10-01"));
  EXPECT_EQ(LastDay(P("2026-Q4")), D("2026-12-31"));
  EXPECT_EQ(LastDay(P("2026-Q1")), D("2026-03-31"));
  EXPECT_EQ(LastDay(P("2028-02")), D("2028-02-29")) << "leap year";
  EXPECT_EQ(LastDay(P("2026-02")), D("2026-02-28"));
  EXPECT_EQ(FirstDay(P("2026-12")), D("2026-12-01"));
  EXPECT_EQ(MonthOf(D("2026-12-31")), P("2026-12"));
  EXPECT_EQ(MonthOf(D("2027-01-01")), P("2027-01"));
}

TEST(TargetPeriod, SubPeriodsAndTheYearsPeriods) {
  const auto quarters = SubPeriods(P("2026"), PeriodKind::kQuarter);
  ASSERT_EQ(quarters.size(), 4u);
  EXPECT_EQ(quarters[3], P("2026-Q4"));
  const auto months = SubPeriods(P("2026-Q4"), PeriodKind::kMonth);
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0], P("2026-10"));
  EXPECT_EQ(months[2], P("2026-12"));
  EXPECT_EQ(SubPeriods(P("2026"), PeriodKind::kMonth).size(), 12u);
  EXPECT_TRUE(SubPeriods(P("2026-12"), PeriodKind::kMonth).empty());
  EXPECT_TRUE(SubPeriods(P("2026-Q1"), PeriodKind::kQuarter).empty());
  EXPECT_EQ(PeriodsOfYear(2026).size(), 1u + 4u + 12u + 53u);
  EXPECT_EQ(PeriodsOfYear(2025).size(), 1u + 4u + 12u + 52u);
  // The days of a year's months tile the year.
  const auto all = SubPeriods(P("2026"), PeriodKind::kMonth);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_EQ(FirstDay(all[i]), LastDay(all[i - 1]) + 1);
}

TEST(TargetPeriod, HistoryWindowIsTheThreeMonthsBefore) {
  using Window = std::pair<LocalDate, LocalDate>;
  EXPECT_EQ(HistoryWindow(P("2026-12")), (Window{D("2026-09-01"), D("2026-11-30")}));
  EXPECT_EQ(HistoryWindow(P("2026-W49")), (Window{D("2026-08-01"), D("2026-10-31")})) << "the week starts in November";
  EXPECT_EQ(HistoryWindow(P("2027-02")), (Window{D("2026-11-01"), D("2027-01-31")})) << "across the year";
  EXPECT_EQ(HistoryWindow(P("2027-01")), (Window{D("2026-10-01"), D("2026-12-31")}));
  EXPECT_EQ(HistoryWindow(P("2026-Q2")), (Window{D("2026-01-01"), D("2026-03-31")}));
  EXPECT_EQ(HistoryWindow(P("2026-W01")), (Window{D("2025-09-01"), D("2025-11-30")})) << "W01 starts 29 Dec 2025";
}

TEST(TargetSplit, EvenWithRemainderToTheEarlierParts) {
  EXPECT_EQ(SplitByWeights(10, {1, 1, 1}), (std::vector<std::int64_t>{4, 3, 3}));
  EXPECT_EQ(SplitByWeights(11, {1, 1, 1}), (std::vector<std::int64_t>{4, 4, 3}));
  EXPECT_EQ(SplitByWeights(1000000, std::vector<std::int64_t>(12, 1)),
            (std::vector<std::int64_t>{83334, 83334, 83334, 83334, 83333, 83333, 83333, 83333, 83333, 83333, 83333, 83333}));
  EXPECT_EQ(SplitByWeights(0, {1, 2}), (std::vector<std::int64_t>{0, 0}));
}

TEST(TargetSplit, WeightsHandTheRemainderToTheLargestFraction) {
  // 100 × 1/6 = 16.67, × 2/6 = 33.33, × 3/6 = 50: the one unit left goes to the first part.
  EXPECT_EQ(SplitByWeights(100, {1, 2, 3}), (std::vector<std::int64_t>{17, 33, 50}));
  // 10 × 3/7 = 4.29 (rem 2), × 4/7 = 5.71 (rem 5): the second part takes it.
  EXPECT_EQ(SplitByWeights(10, {3, 4}), (std::vector<std::int64_t>{4, 6}));
  EXPECT_EQ(SplitByWeights(7, {0, 5, 0}), (std::vector<std::int64_t>{0, 7, 0}));
  // Past 2^63 in the product: a fen total of 9e15 times a weight of 10^6.
  const auto big = SplitByWeights(9000000000000000LL, {1000000, 2000000});
  EXPECT_EQ(big[0] + big[1], 9000000000000000LL);
  EXPECT_EQ(big[0], 3000000000000000LL);
}

TEST(TargetSplit, RandomSplitsAlwaysSumAndFollowTheRemainderRule) {
  std::mt19937_64 random(17);
  for (int round = 0; round < 5000; ++round) {
    const size_t n = 1 + random() % 15;
    std::vector<std::int64_t> weights(n);
    for (auto& w : weights) w = static_cast<std::int64_t>(random() % (round % 3 == 0 ? 3 : 100000));
    if (std::accumulate(weights.begin(), weights.end(), std::int64_t{0}) == 0) weights[random() % n] = 1;
    const std::int64_t total = static_cast<std::int64_t>(random() % (round % 2 ? 1000 : 10000000000LL));
    const auto parts = SplitByWeights(total, weights);
    ASSERT_EQ(parts.size(), n);
    const std::int64_t sum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}), total) << "round " << round;
    // Each part is its floor or one more, and whoever got one more has a larger fractional
    // remainder than whoever did not (or the same and comes earlier).
    std::vector<bool> bumped(n);
    std::vector<__int128> remainder(n);
    for (size_t i = 0; i < n; ++i) {
      const __int128 product = static_cast<__int128>(total) * weights[i];
      const auto floor = static_cast<std::int64_t>(product / sum);
      remainder[i] = product % sum;
      ASSERT_TRUE(parts[i] == floor || parts[i] == floor + 1) << "round " << round << " part " << i;
      bumped[i] = parts[i] == floor + 1;
    }
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < n; ++j) {
        if (!bumped[i] || bumped[j]) continue;
        ASSERT_TRUE(remainder[i] > remainder[j] || (remainder[i] == remainder[j] && i < j))
            << "round " << round << ": " << i << " bumped before " << j;
      }
    }
  }
}

TEST(TargetSplit, HistoryTheDocumentsWorkedExample) {
  // Three reps averaging 40,000 / 20,000 / 0 over the three months before the period.
  const HistorySplit split = SplitByHistory(100000, {120000, 60000, 0});
  EXPECT_EQ(split.baselines, (std::vector<std::int64_t>{28000, 14000, 0}));
  EXPECT_EQ(split.baseline_total, 42000);
  EXPECT_EQ(split.values, (std::vector<std::int64_t>{66667, 33333, 0}));
}

TEST(TargetSplit, HistoryFloorsTheAverageAndSpreadsEvenlyWithoutHistory) {
  const HistorySplit floored = SplitByHistory(10, {100, 2});  // avg 33 / 0, baselines 23 / 0
  EXPECT_EQ(floored.baselines, (std::vector<std::int64_t>{23, 0}));
  EXPECT_EQ(floored.values, (std::vector<std::int64_t>{10, 0})) << "increment -13 all from the first";
  const HistorySplit none = SplitByHistory(10, {0, 0, 0});
  EXPECT_EQ(none.baseline_total, 0);
  EXPECT_EQ(none.values, (std::vector<std::int64_t>{4, 3, 3}));
}

TEST(TargetSplit, HistoryNegativeIncrementNeverBelowZero) {
  // avg 30,000 / 3,000 / 0 → baselines 21,000 / 2,100 / 0 = 23,100; total 1,000: increment
  // -22,100 taken 10:1:0 → 20,091 / 2,009 → 909 / 91 / 0.
  const HistorySplit split = SplitByHistory(1000, {90000, 9000, 0});
  EXPECT_EQ(split.baseline_total, 23100);
  EXPECT_EQ(split.values, (std::vector<std::int64_t>{909, 91, 0}));
  // A part whose take of the increment passes its baseline stays at 0; its shortfall comes from
  // the others in order. avg 1 / 100 → baselines 0 / 70; increment -69 taken 1:100 → 1 / 68.
  const HistorySplit shortfall = SplitByHistory(1, {3, 300});
  EXPECT_EQ(shortfall.values, (std::vector<std::int64_t>{0, 1}));
  // avg 100/1/1 → 70/0/0, increment -65 taken 64/1/0: the second's -1 comes off the first.
  const HistorySplit some = SplitByHistory(5, {300, 3, 3});
  EXPECT_EQ(some.values, (std::vector<std::int64_t>{5, 0, 0}));
  std::mt19937_64 random(33);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::int64_t> actuals(1 + random() % 8);
    for (auto& a : actuals) a = static_cast<std::int64_t>(random() % 1000000);
    const std::int64_t total = static_cast<std::int64_t>(random() % 1000000);
    const HistorySplit s = SplitByHistory(total, actuals);
    EXPECT_EQ(std::accumulate(s.values.begin(), s.values.end(), std::int64_t{0}), total) << "round " << round;
    for (std::int64_t v : s.values) EXPECT_GE(v, 0) << "round " << round;
  }
}

TEST(TargetSheet, FlagsChildrenThatDoNotSumToTheirParent) {
  // company(0) → sales(1) → rep a(2), rep b(3); company → rep c(4) directly.
  const std::vector<SheetNode> nodes{{-1, true}, {0, true}, {1, true}, {1, true}, {0, true}};
  const Period dec = P("2026-12");
  std::vector<SheetValue> values{{0, dec, 100}, {1, dec, 60}, {2, dec, 30}, {3, dec, 20}, {4, dec, 40}};
  auto flags = SheetFlags(nodes, values);
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].kind, SheetFlag::Kind::kChildrenSum);
  EXPECT_EQ(flags[0].node, 1);
  EXPECT_EQ(flags[0].expected, 60);
  EXPECT_EQ(flags[0].actual, 50);
  values[2].value = 40;
  EXPECT_TRUE(SheetFlags(nodes, values).empty()) << "60 = 40 + 20 and 100 = 60 + 40";
  values.pop_back();  // rep c unset: the company is no longer checked
  values[0].value = 1;
  EXPECT_TRUE(SheetFlags(nodes, values).empty());
  // A parent with children off the sheet is never flagged for them.
  std::vector<SheetNode> partial = nodes;
  partial[1].children_complete = false;
  values[2].value = 1;
  EXPECT_TRUE(SheetFlags(partial, values).empty());
}

TEST(TargetSheet, FlagsSubPeriodsThatDoNotSumToTheirParent) {
  const std::vector<SheetNode> nodes{{-1, true}};
  std::vector<SheetValue> values{{0, P("2026"), 1200}};
  for (int q = 1; q <= 4; ++q) values.push_back({0, P(("2026-Q" + std::to_string(q)).c_str()), 300});
  EXPECT_TRUE(SheetFlags(nodes, values).empty()) << "quarters sum to the year; months not all set";
  values.push_back({0, P("2026-10"), 100});
  values.push_back({0, P("2026-11"), 100});
  EXPECT_TRUE(SheetFlags(nodes, values).empty()) << "December unset";
  values.push_back({0, P("2026-12"), 50});
  values.push_back({0, P("2026-W49"), 5000});  // weeks are never checked
  auto flags = SheetFlags(nodes, values);
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].kind, SheetFlag::Kind::kPeriodsSum);
  EXPECT_EQ(flags[0].period, P("2026-Q4"));
  EXPECT_EQ(flags[0].expected, 300);
  EXPECT_EQ(flags[0].actual, 250);
  EXPECT_STREQ(SheetFlagKindName(flags[0].kind), "periods_sum");
}

}  // namespace
}  // namespace quanke::targets
