#include "domain/contracts/contract_rules.h"

#include <gtest/gtest.h>

namespace quanke::contracts {
namespace {

LocalDate D(const char* text) {
  LocalDate d = 0;
  EXPECT_TRUE(ParseDate(text, &d)) << text;
  return d;
}

TEST(ContractNumber, PrefixDateAndPaddedSequence) {
  Settings s;
  EXPECT_EQ(FormatNumber(s, D("2026-12-06"), 1), "HT202612060001");
  s.number_date = "YYYYMM";
  s.number_digits = 3;
  EXPECT_EQ(FormatNumber(s, D("2026-12-06"), 42), "HT202612042");
  s.number_date = "";
  s.number_prefix = "C-";
  EXPECT_EQ(FormatNumber(s, D("2026-12-06"), 12345), "C-12345") << "wider when it outgrows the digits";
  s.number_date = "YYYY";
  s.number_digits = 8;
  EXPECT_EQ(FormatNumber(s, D("2027-01-01"), 7), "C-202700000007");
}

TEST(ContractNumber, PeriodPerReset) {
  EXPECT_EQ(PeriodOf("daily", D("2026-12-06")), "20261206");
  EXPECT_EQ(PeriodOf("monthly", D("2026-12-06")), "202612");
  EXPECT_EQ(PeriodOf("yearly", D("2026-12-06")), "2026");
  EXPECT_EQ(PeriodOf("never", D("2026-12-06")), "");
}

TEST(Discount, FloorOfBasisPoints) {
  EXPECT_EQ(DiscountBp(0, 0), 0);
  EXPECT_EQ(DiscountBp(10000, 10000), 0);
  EXPECT_EQ(DiscountBp(10000, 12000), 0) << "sold above list";
  EXPECT_EQ(DiscountBp(10000, 8000), 2000);
  EXPECT_EQ(DiscountBp(3, 2), 3333) << "floored";
  EXPECT_EQ(DiscountBp(300000000000000LL, 1), 9999);
}

TEST(Money, YuanTextByIntegers) {
  EXPECT_EQ(FormatYuan(0), "0.00");
  EXPECT_EQ(FormatYuan(5), "0.05");
  EXPECT_EQ(FormatYuan(123450), "1234.50");
  EXPECT_EQ(FormatYuan(-5), "-0.05");
  EXPECT_EQ(FormatYuan(900719925474099301LL), "9007199254740993.01") << "beyond a double's exact integers";
}

TEST(Ageing, BucketOfADate) {
  const LocalDate today = D("2026-12-06");
  EXPECT_STREQ(BucketOf(today, today), "not_due");
  EXPECT_STREQ(BucketOf(today + 10, today), "not_due");
  EXPECT_STREQ(BucketOf(today - 1, today), "d1_30");
  EXPECT_STREQ(BucketOf(today - 30, today), "d1_30");
  EXPECT_STREQ(BucketOf(today - 31, today), "d31_90");
  EXPECT_STREQ(BucketOf(today - 90, today), "d31_90");
  EXPECT_STREQ(BucketOf(today - 91, today), "d90_plus");
  EXPECT_EQ(OverdueDays(today - 45, today), 45);
  EXPECT_EQ(OverdueDays(today + 1, today), 0);
  // Each bucket's range holds exactly the dates BucketOf puts in it.
  for (const char* b : {"not_due", "d1_30", "d31_90", "d90_plus"}) {
    auto [from, to] = BucketRange(b, today);
    for (LocalDate d = today - 200; d <= today + 5; ++d) {
      const bool in = (!from || d >= *from) && (!to || d <= *to);
      EXPECT_EQ(in, std::string(BucketOf(d, today)) == b) << b << " " << FormatDate(d);
    }
  }
}

TEST(Allocation, SpreadsByOrderUpToWhatEachOwes) {
  const std::vector<std::pair<Id, std::int64_t>> owed = {{1, 100}, {2, 0}, {3, 250}, {4, 50}};
  EXPECT_EQ(Spread(owed, 80), (std::vector<std::pair<Id, std::int64_t>>{{1, 80}}));
  EXPECT_EQ(Spread(owed, 300), (std::vector<std::pair<Id, std::int64_t>>{{1, 100}, {3, 200}}));
  EXPECT_EQ(Spread(owed, 1000), (std::vector<std::pair<Id, std::int64_t>>{{1, 100}, {3, 250}, {4, 50}}))
      << "the rest stays unallocated";
  EXPECT_TRUE(Spread({}, 10).empty());
}

TEST(Lines, TotalsAndIssues) {
  std::int64_t total = 0, list = 0;
  std::vector<ContractItem> items = {{std::nullopt, "a", "", "", 2, 1000, 900, 100},
                                     {std::nullopt, "b", "", "", 3, 500, 600, 0}};
  EXPECT_TRUE(CheckLines(items, &total, &list).empty());
  EXPECT_EQ(total, 2 * 900 - 100 + 3 * 600);
  EXPECT_EQ(list, 2 * 1000 + 3 * 500);
  items[1].discount_fen = 5000;
  auto issues = CheckLines(items, &total, &list);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].field, "items[1].discountFen");
  items[1].discount_fen = 0;
  items[0].list_price_fen = -1;
  issues = CheckLines(items, &total, &list);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].field, "items[0].listPriceFen");
}

}  // namespace
}  // namespace quanke::contracts
