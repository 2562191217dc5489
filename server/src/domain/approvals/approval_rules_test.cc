// The pure rules of the approval engine: flow choice by amount, approver resolution with skipped
// levels and steps, step completion.
#include "domain/approvals/approval_rules.h"

#include <gtest/gtest.h>

#include <set>

namespace quanke::approvals {
namespace {

ApprovalFlow Flow(Id id, std::int64_t position, std::optional<std::int64_t> min, std::optional<std::int64_t> max,
                  bool enabled = true) {
  ApprovalFlow f;
  f.id = id;
  f.position = position;
  f.min_amount_fen = min;
  f.max_amount_fen = max;
  f.enabled = enabled;
  return f;
}

TEST(ApprovalRules, ChoosesTheFirstEnabledFlowWhoseAmountConditionHolds) {
  // Position 0: below ¥100,000 (10,000,000 fen); position 1: from ¥100,000; a disabled one first.
  const std::vector<ApprovalFlow> flows = {Flow(3, 1, 10000000, std::nullopt), Flow(2, 0, std::nullopt, 10000000),
                                           Flow(1, -1, std::nullopt, std::nullopt, false)};
  EXPECT_EQ(ChooseFlow(flows, 0)->id, 2);
  EXPECT_EQ(ChooseFlow(flows, 9999999)->id, 2);
  EXPECT_EQ(ChooseFlow(flows, 10000000)->id, 3);  // min <= amount < max
  EXPECT_EQ(ChooseFlow({Flow(5, 0, 100, 200)}, 50), nullptr);
  EXPECT_EQ(ChooseFlow({Flow(5, 0, 100, 200)}, 200), nullptr);
  EXPECT_EQ(ChooseFlow({}, 1), nullptr);
  // Equal positions: the older (smaller id) wins.
  EXPECT_EQ(ChooseFlow({Flow(9, 0, std::nullopt, std::nullopt), Flow(8, 0, std::nullopt, std::nullopt)}, 1)->id, 8);
}

// Root 1 ← region 2 ← team 3. Heads: 1 → 100 (active), 2 → 200 (resigned), 3 → 300.
OrgView Org() {
  OrgView org;
  org.parent = {{1, std::nullopt}, {2, 1}, {3, 2}};
  org.department_names = {{1, "公司"}, {2, "华北大区"}, {3, "北京一组"}};
  org.heads[1] = {{100, "周总", true}};
  org.heads[2] = {{200, "王建国", false}};
  org.heads[3] = {{300, "张伟", true}};
  org.people = {{300, {300, "张伟", true}}, {400, {400, "离职者", false}}, {500, {500, "财务", true}}};
  org.role_members[7] = {{500, "财务", true}, {501, "出纳", true}};
  return org;
}

FlowStep Head(std::int64_t levels, std::string mode = "any") {
  FlowStep s;
  s.name = "主管";
  s.approver_type = "dept_head";
  s.levels = levels;
  s.mode = std::move(mode);
  return s;
}

TEST(ApprovalRules, AMissingOrResignedHeadSkipsToTheNextLevelAndIsRecorded) {
  const OrgView org = Org();
  // Level 1 of a rep in team 3: the team's head.
  auto r = ResolveSteps({Head(1)}, 900, 3, org);
  ASSERT_EQ(r.steps.size(), 1u);
  EXPECT_EQ(r.steps[0].approvers, std::vector<Id>{300});
  EXPECT_TRUE(r.skips.empty());
  EXPECT_EQ(r.first_step, 0);
  // Level 2: the region's head resigned, so the root's head, with the skip recorded.
  r = ResolveSteps({Head(2)}, 900, 3, org);
  EXPECT_EQ(r.steps[0].approvers, std::vector<Id>{100});
  ASSERT_EQ(r.skips.size(), 1u);
  EXPECT_EQ(r.skips[0].step, 0);
  EXPECT_NE(r.skips[0].note.find("华北大区"), std::string::npos);
  EXPECT_NE(r.steps[0].note.find("离职"), std::string::npos);
  // The team's head applying: their own level is skipped (self), the region's (resigned) too.
  r = ResolveSteps({Head(1)}, 300, 3, org);
  EXPECT_EQ(r.steps[0].approvers, std::vector<Id>{100});
  EXPECT_EQ(r.skips.size(), 2u);
  // A department without a head (none listed): skipped up.
  OrgView no_head = org;
  no_head.heads.erase(3);
  r = ResolveSteps({Head(1)}, 900, 3, no_head);
  EXPECT_EQ(r.steps[0].approvers, std::vector<Id>{100});
  EXPECT_EQ(r.skips.size(), 2u);
  // Past the root: the step is skipped, and with no other step nobody approves (auto_approve).
  r = ResolveSteps({Head(4)}, 900, 3, org);
  EXPECT_TRUE(r.steps[0].skipped);
  EXPECT_TRUE(r.steps[0].approvers.empty());
  EXPECT_FALSE(r.first_step.has_value());
  EXPECT_EQ(r.skips.size(), 1u);
  // The root's head applying for level 1 of the root: self, then past the root.
  r = ResolveSteps({Head(1)}, 100, 1, org);
  EXPECT_TRUE(r.steps[0].skipped);
  EXPECT_EQ(r.skips.size(), 2u);
}

TEST(ApprovalRules, UsersAndRolesLeaveOutTheApplicantAndInactivePeople) {
  const OrgView org = Org();
  FlowStep users;
  users.name = "指定人";
  users.approver_type = "users";
  users.user_ids = {300, 400, 500, 300};
  FlowStep role;
  role.name = "财务";
  role.approver_type = "role";
  role.role_id = 7;
  role.mode = "all";
  auto r = ResolveSteps({users, role}, 500, 3, org);
  EXPECT_EQ(r.steps[0].approvers, std::vector<Id>{300});  // 400 resigned, 500 applies, 300 once
  EXPECT_EQ(r.steps[1].approvers, std::vector<Id>{501});
  EXPECT_EQ(r.first_step, 0);
  // A step left with nobody but the applicant is skipped and recorded; the next one is first.
  users.user_ids = {500};
  r = ResolveSteps({users, role}, 500, 3, org);
  EXPECT_TRUE(r.steps[0].skipped);
  ASSERT_EQ(r.skips.size(), 1u);
  EXPECT_EQ(r.skips[0].step, 0);
  EXPECT_EQ(r.first_step, 1);
  EXPECT_EQ(NextStep(r.steps, -1), 1);
  EXPECT_EQ(NextStep(r.steps, 1), std::nullopt);
  // An unknown role: nobody.
  role.role_id = 8;
  r = ResolveSteps({role}, 900, 3, org);
  EXPECT_TRUE(r.steps[0].skipped);
  EXPECT_FALSE(r.first_step.has_value());
}

TEST(ApprovalRules, AnyStepNeedsOneApprovalAllStepsNeedEvery) {
  EXPECT_TRUE(StepComplete("any", {"pending", "approved", "pending"}));
  EXPECT_FALSE(StepComplete("any", {"pending", "pending"}));
  EXPECT_FALSE(StepComplete("all", {"approved", "pending"}));
  EXPECT_TRUE(StepComplete("all", {"approved", "approved"}));
  EXPECT_FALSE(StepComplete("all", {"approved", "rejected"}));
}

TEST(ApprovalRules, ChecksStepsAndKeepsThemThroughJson) {
  FlowStep bad;
  bad.name = " ";
  bad.approver_type = "dept_head";
  bad.levels = 6;
  bad.mode = "most";
  auto issues = CheckSteps({bad});
  std::set<std::string> fields;
  for (const auto& i : issues) fields.insert(i.field + ":" + i.issue);
  EXPECT_EQ(fields, (std::set<std::string>{"steps[0].name:required", "steps[0].levels:invalid_value",
                                           "steps[0].mode:invalid_value"}));
  EXPECT_EQ(CheckSteps({})[0].field, "steps");
  EXPECT_EQ(CheckSteps(std::vector<FlowStep>(11, Head(1))).front().field, "steps");
  FlowStep users;
  users.name = "x";
  users.approver_type = "users";
  EXPECT_EQ(CheckSteps({users})[0].field, "steps[0].userIds");
  users.user_ids = {1234567890123, 5};
  users.mode = "all";
  const auto back = FlowStepsFromJson(FlowStepsToJson({users, Head(3)}));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].user_ids, users.user_ids);
  EXPECT_EQ(back[0].mode, "all");
  EXPECT_EQ(back[1].levels, 3);
  EXPECT_EQ(back[1].approver_type, "dept_head");
}

}  // namespace
}  // namespace quanke::approvals
