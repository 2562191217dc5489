#include "domain/org/policy.h"

#include <gtest/gtest.h>

#include <set>

#include "org_test_fixture.h"
#include "domain/org/user_repository.h"

namespace quanke::org {
namespace {

class PolicyTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<testing::DemoCompany>(GetParam());
    ASSERT_TRUE(company_->ok());
  }

  // The usernames a caller can see through the policy's scope filter.
  std::set<std::string> Visible(const Caller& caller) {
    auto lease = company_->db().Read();
    PageRequest page;
    page.sort = "name";
    page.limit = 200;
    auto users = ListUsers(**lease, caller, UserFilter{}, page);
    EXPECT_TRUE(users.ok()) << users.status().message();
    std::set<std::string> out;
    if (users.ok())
      for (const auto& u : users->items) out.insert(u.username);
    return out;
  }

  std::unique_ptr<testing::DemoCompany> company_;
};

TEST_P(PolicyTest, SelfScopeSeesOnlySelf) {
  const Caller rep = company_->As("rep01");
  ASSERT_EQ(rep.scope, DataScope::kSelf);
  EXPECT_EQ(Visible(rep), (std::set<std::string>{"rep01"}));
}

TEST_P(PolicyTest, DepartmentScopeSeesTheDepartmentOnly) {
  Caller lead = company_->As("huabei");
  lead.scope = DataScope::kDepartment;  // the 华北大区 head, narrowed to their own department
  EXPECT_EQ(Visible(lead), (std::set<std::string>{"huabei"}));
  Caller team = company_->As("bj1.lead");
  team.scope = DataScope::kDepartment;
  EXPECT_EQ(Visible(team), (std::set<std::string>{"bj1.lead", "rep01", "rep02", "rep03"}));
}

TEST_P(PolicyTest, DepartmentTreeScopeSeesSubDepartments) {
  const Caller region = company_->As("huabei");
  ASSERT_EQ(region.scope, DataScope::kDepartmentTree);
  EXPECT_EQ(Visible(region),
            (std::set<std::string>{"huabei", "bj1.lead", "bj2.lead", "tj.lead", "rep01", "rep02",
                                   "rep03", "rep04", "rep05", "rep06", "rep07"}));
}

TEST_P(PolicyTest, AllScopeSeesTheWholeTenantAndNoOtherTenant) {
  const Caller admin = company_->As("admin");
  ASSERT_EQ(admin.scope, DataScope::kAll);
  const auto seen = Visible(admin);
  EXPECT_EQ(seen.size(), 30u);
  const Caller other_admin = company_->As("admin", "other");
  EXPECT_EQ(Visible(other_admin).size(), 30u);
  // Same usernames, different rows: the ids of the other tenant never appear.
  auto lease = company_->db().Read();
  PageRequest page;
  page.sort = "name";
  page.limit = 200;
  auto theirs = ListUsers(**lease, other_admin, UserFilter{}, page);
  ASSERT_TRUE(theirs.ok());
  for (const auto& u : theirs->items) EXPECT_NE(u.id, company_->UserId(u.username, "demo"));
}

TEST_P(PolicyTest, CanSeeOwnerMatchesTheFilter) {
  auto lease = company_->db().Read();
  const Caller region = company_->As("huabei");
  EXPECT_TRUE(*CanSeeOwner(**lease, region, company_->UserId("rep06")));   // 天津组
  EXPECT_FALSE(*CanSeeOwner(**lease, region, company_->UserId("rep08")));  // 上海一组
  const Caller rep = company_->As("rep01");
  EXPECT_TRUE(*CanSeeOwner(**lease, rep, company_->UserId("rep01")));
  EXPECT_FALSE(*CanSeeOwner(**lease, rep, company_->UserId("rep02")));
  const Caller admin = company_->As("admin");
  EXPECT_TRUE(*CanSeeOwner(**lease, admin, company_->UserId("rep17")));
}

TEST_P(PolicyTest, MovingADepartmentMovesTheScope) {
  // 天津组 moves from 华北大区 to 华东大区: the 华北 manager stops seeing its people.
  const Caller region = company_->As("huabei");
  ASSERT_TRUE(storage::InTransaction(company_->db(), [&](storage::Connection& c) {
                return c.Exec(
                    "UPDATE departments SET parent_id = (SELECT id FROM departments WHERE "
                    "tenant_id = $1 AND name = '华东大区') WHERE tenant_id = $1 AND name = '天津组'",
                    {storage::V(region.tenant_id)});
              }).ok());
  const auto seen = Visible(region);
  EXPECT_FALSE(seen.count("rep06"));
  EXPECT_FALSE(seen.count("tj.lead"));
  EXPECT_TRUE(seen.count("rep01"));
  EXPECT_TRUE(Visible(company_->As("huadong")).count("rep06"));
}

TEST(PolicyRequire, DeniesMissingPermissions) {
  Caller c;
  c.permissions = {"org.view"};
  EXPECT_TRUE(Require(c, "org.view").ok());
  Status s = Require(c, "org.edit");
  EXPECT_EQ(s.code(), "permission.denied");
}

INSTANTIATE_TEST_SUITE_P(Backends, PolicyTest, ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::org
