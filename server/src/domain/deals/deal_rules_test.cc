#include "domain/deals/deal_rules.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace quanke::deals {
namespace {

LocalDate D(const char* text) {
  LocalDate d = 0;
  EXPECT_TRUE(ParseDate(text, &d)) << text;
  return d;
}

TEST(DealStale, NoActivityAfterMoreThanStaleDays) {
  const LocalDate last = D("2026-11-01");
  // 14 days after the last activity is not yet stale; the 15th day is, since last + 14.
  EXPECT_FALSE(StaleOf("open", last, std::nullopt, 14, true, D("2026-11-15")));
  auto s = StaleOf("open", last, std::nullopt, 14, true, D("2026-11-16"));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->reason, "no_activity");
  EXPECT_EQ(FormatDate(s->since), "2026-11-15");
  EXPECT_FALSE(StaleOf("open", last, std::nullopt, 0, true, D("2027-06-01"))) << "0 days = off";
}

TEST(DealStale, OverdueTheDayAfterTheExpectedCloseDate) {
  const LocalDate last = D("2026-12-01");
  EXPECT_FALSE(StaleOf("open", last, "2026-12-05", 30, true, D("2026-12-05")));
  auto s = StaleOf("open", last, "2026-12-05", 30, true, D("2026-12-06"));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->reason, "overdue");
  EXPECT_EQ(FormatDate(s->since), "2026-12-06");
  EXPECT_FALSE(StaleOf("open", last, "2026-12-05", 30, false, D("2026-12-06"))) << "overdue rule off";
}

TEST(DealStale, NoActivityWinsAndClosedOnesAreNeverStale) {
  auto s = StaleOf("open", D("2026-10-01"), "2026-10-10", 7, true, D("2026-12-01"));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->reason, "no_activity");
  EXPECT_EQ(FormatDate(s->since), "2026-10-08");
  for (const char* status : {"won", "lost", "invalid"})
    EXPECT_FALSE(StaleOf(status, D("2026-10-01"), "2026-10-10", 7, true, D("2026-12-01"))) << status;
}

SalesProcess Process(bool allow_skip) {
  SalesProcess p;
  p.allow_skip = allow_skip;
  std::int64_t position = 0;
  for (Id id : {11, 12, 13}) {
    Stage s;
    s.id = id;
    s.kind = "open";
    s.position = ++position;
    p.stages.push_back(s);
  }
  for (auto [id, kind, pos] : {std::tuple{21, "won", 4}, std::tuple{22, "lost", 5}, std::tuple{23, "invalid", 5}}) {
    Stage s;
    s.id = id;
    s.kind = kind;
    s.position = pos;
    p.stages.push_back(s);
  }
  return p;
}

MoveClass Classify(const SalesProcess& p, Id from, Id to) {
  Stage outside;
  outside.id = to;
  outside.kind = "open";
  const Stage* t = p.StageById(to);
  return ClassifyMove(p, *p.StageById(from), t ? *t : outside);
}

TEST(DealMove, ClassifiesEveryKindOfMove) {
  const SalesProcess p = Process(false);
  EXPECT_EQ(Classify(p, 11, 12).direction, "forward");
  EXPECT_EQ(Classify(p, 13, 21).direction, "forward") << "won from the last open stage";
  EXPECT_EQ(Classify(p, 12, 11).direction, "back");
  EXPECT_EQ(Classify(p, 11, 22).direction, "close");
  EXPECT_EQ(Classify(p, 12, 23).direction, "close");
  EXPECT_EQ(Classify(p, 21, 11).direction, "reopen");
  EXPECT_EQ(Classify(p, 22, 13).direction, "reopen");
  EXPECT_EQ(Classify(p, 12, 12).error, "opportunity.bad_stage") << "the stage it is in";
  EXPECT_EQ(Classify(p, 12, 99).error, "opportunity.bad_stage") << "another process's stage";
  EXPECT_EQ(Classify(p, 21, 22).error, "opportunity.bad_stage") << "closed to closed";
}

TEST(DealMove, SkippingNeedsTheProcessSetting) {
  const SalesProcess strict = Process(false);
  auto m = Classify(strict, 11, 13);
  EXPECT_EQ(m.error, "opportunity.stage_skipped");
  ASSERT_TRUE(m.next_stage_id);
  EXPECT_EQ(*m.next_stage_id, 12);
  m = Classify(strict, 12, 21);
  EXPECT_EQ(m.error, "opportunity.stage_skipped");
  EXPECT_EQ(*m.next_stage_id, 13);
  const SalesProcess loose = Process(true);
  EXPECT_EQ(Classify(loose, 11, 13).direction, "forward");
  EXPECT_EQ(Classify(loose, 11, 21).direction, "forward");
}

TEST(DealFeedback, TypesMissingAndUnknownKeys) {
  std::vector<FeedbackField> fields = {
      {"budget", "预算", "money", true, {}},     {"people", "人数", "number", false, {}},
      {"sign", "签约日", "date", false, {}},     {"level", "级别", "select", true, {"A", "B"}},
      {"note", "说明", "text", false, {}},       {"quote", "报价单", "attachment", false, {}},
  };
  auto ok = CheckFeedback(fields, boost::json::parse(R"({"budget": 500000, "level": "A", "sign": "2026-12-31",
      "quote": "123", "note": "好"})").as_object(), true);
  EXPECT_TRUE(ok.issues.empty());
  EXPECT_TRUE(ok.missing.empty());
  ASSERT_EQ(ok.attachments.size(), 1u);
  EXPECT_EQ(ok.attachments[0], 123);

  auto missing = CheckFeedback(fields, boost::json::parse(R"({"people": 3, "level": ""})").as_object(), true);
  EXPECT_TRUE(missing.issues.empty());
  ASSERT_EQ(missing.missing.size(), 2u);
  EXPECT_EQ(missing.missing[0]->key, "budget");
  EXPECT_EQ(missing.missing[1]->key, "level");
  EXPECT_TRUE(CheckFeedback(fields, boost::json::object{}, false).missing.empty()) << "only forward requires";

  auto bad = CheckFeedback(fields, boost::json::parse(R"({"budget": 1.5, "people": "3", "sign": "2026-13-01",
      "level": "C", "quote": "x", "other": 1})").as_object(), true);
  std::vector<std::string> got;
  for (const auto& i : bad.issues) got.push_back(i.field + ":" + i.issue);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"feedback.budget:wrong_type", "feedback.level:invalid_value",
                                            "feedback.other:invalid_value", "feedback.people:wrong_type",
                                            "feedback.quote:invalid_value", "feedback.sign:invalid_value"}));
  EXPECT_TRUE(bad.missing.empty()) << "a field with a type error is not also missing";
  auto negative = CheckFeedback(fields, boost::json::parse(R"({"budget": -1, "level": "A"})").as_object(), true);
  ASSERT_EQ(negative.issues.size(), 1u);
  EXPECT_EQ(negative.issues[0].field, "feedback.budget");
  auto long_text = CheckFeedback(fields, boost::json::object{{"note", std::string(2001, 'a')}}, false);
  ASSERT_EQ(long_text.issues.size(), 1u);
  EXPECT_EQ(long_text.issues[0].issue, "too_long");
  std::string chinese;
  for (int i = 0; i < 2000; ++i) chinese += "字";
  EXPECT_TRUE(CheckFeedback(fields, boost::json::object{{"note", chinese}}, false).issues.empty())
      << "2000 characters, not bytes";
}

std::pair<std::int64_t, bool> Prob(std::int64_t p, bool set) { return {p, set}; }

TEST(DealProbability, StageSetAndTerminal) {
  Stage open;
  open.kind = "open";
  open.probability = 30;
  Stage won;
  won.kind = "won";
  Stage lost;
  lost.kind = "lost";
  EXPECT_EQ(ProbabilityAfter(open, 10, false, false), Prob(30, false));
  EXPECT_EQ(ProbabilityAfter(open, 65, true, false), Prob(65, true));
  EXPECT_EQ(ProbabilityAfter(open, 65, true, true), Prob(30, false));
  EXPECT_EQ(ProbabilityAfter(won, 65, true, false), Prob(100, false));
  EXPECT_EQ(ProbabilityAfter(lost, 65, true, false), Prob(0, false));
}

TEST(DealItems, TotalsInFenAndLimits) {
  std::int64_t sum = 0;
  EXPECT_TRUE(CheckItems({{std::nullopt, "服务器", 3, 1999900, 100}, {std::nullopt, "实施", 1, 50000, 0}}, &sum).empty());
  EXPECT_EQ(sum, 3 * 1999900 - 100 + 50000);
  auto bad = CheckItems({{std::nullopt, "a", 0, 1, 0}, {std::nullopt, "b", 2, 10, 21}, {std::nullopt, "", 1, 1, 0},
                         {std::nullopt, "d", 1000000000, 1000000000000000LL, 0}},
                        &sum);
  std::vector<std::string> got;
  for (const auto& i : bad) got.push_back(i.field);
  EXPECT_EQ(got, (std::vector<std::string>{"items[0].quantity", "items[1].discountFen", "items[2].name",
                                            "items[3].unitPriceFen"}));
}

TEST(DealStages, ValidatesNamesProbabilitiesAndFields) {
  StageInput good;
  good.name = "需求确认";
  good.probability = 30;
  good.feedback_fields = {{"budget", "预算", "money", true, {}}};
  EXPECT_TRUE(CheckStages({good}).empty());
  StageInput bad;
  bad.probability = 101;
  bad.feedback_fields = {{"Budget", "预算", "money", true, {}}, {"a", "A", "select", false, {}},
                         {"a", "B", "color", false, {}}};
  std::vector<std::string> got;
  for (const auto& i : CheckStages({good, bad})) got.push_back(i.field + ":" + i.issue);
  EXPECT_EQ(got, (std::vector<std::string>{"stages[1].name:required", "stages[1].probability:invalid_value",
                                            "stages[1].feedbackFields[0].key:invalid_value",
                                            "stages[1].feedbackFields[1].options:required",
                                            "stages[1].feedbackFields[2].key:invalid_value",
                                            "stages[1].feedbackFields[2].type:invalid_value"}));
  EXPECT_FALSE(CheckStages({}).empty());
  EXPECT_FALSE(CheckStages(std::vector<StageInput>(21, good)).empty());
}

}  // namespace
}  // namespace quanke::deals
