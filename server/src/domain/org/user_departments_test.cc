// Where each person was when (user_departments, migration 0037): a person's stays begin with the
// user (from 0) and each move ends one and begins the next at the update's instant; changing
// anything else leaves them alone; MovedStays lists every stay of the people who moved after an
// instant, and nobody else.
#include <gtest/gtest.h>

#include "domain/org/org_service.h"
#include "domain/org/user_repository.h"
#include "org_test_fixture.h"

namespace quanke::org {
namespace {

class UserDepartmentsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<testing::DemoCompany>(GetParam(), kStart, /*customers=*/0);
    ASSERT_TRUE(company_->ok());
  }
  std::vector<DepartmentStay> Moved(Instant since) {
    auto lease = company_->db().Read();
    auto r = MovedStays(**lease, company_->TenantId(), since);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : std::vector<DepartmentStay>{};
  }
  // The person's department now, and another one of the tenant.
  std::pair<Id, Id> DepartmentAndAnother(Id user) {
    auto lease = company_->db().Read();
    auto r = (*lease)->Query("SELECT department_id FROM users WHERE id = $1", {storage::V(user)});
    auto o = (*lease)->Query("SELECT id FROM departments WHERE tenant_id = $1 AND id <> $2 ORDER BY id LIMIT 1",
                             {storage::V(company_->TenantId()), storage::V(r.ok() && !r->empty() ? r->front().Int(0) : 0)});
    return {r.ok() && !r->empty() ? r->front().Int(0) : 0, o.ok() && !o->empty() ? o->front().Int(0) : 0};
  }
  void Update(Id user, const UserInput& in) {
    OrgService org(company_->db(), company_->clock(), company_->auth());
    auto r = org.UpdateUser(company_->As("admin"), user, in);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }

  static constexpr Instant kStart = 1795000000000;
  std::unique_ptr<testing::DemoCompany> company_;
};

TEST_P(UserDepartmentsTest, AMoveEndsOneStayAndBeginsTheNext) {
  const Id rep = company_->UserId("rep01"), other = company_->UserId("rep04");
  const auto [first, second] = DepartmentAndAnother(rep);
  ASSERT_NE(first, 0);
  ASSERT_NE(second, 0);
  EXPECT_TRUE(Moved(0).empty()) << "nobody has moved yet";

  UserInput rename;
  rename.name = "改名不调动";
  company_->clock().Set(kStart + 1000);
  Update(rep, rename);
  EXPECT_TRUE(Moved(0).empty()) << "a change that is not a move";

  UserInput to_second;
  to_second.department_id = second;
  company_->clock().Set(kStart + 2000);
  Update(rep, to_second);
  UserInput back;
  back.department_id = first;
  company_->clock().Set(kStart + 5000);
  Update(rep, back);

  const auto stays = Moved(0);
  ASSERT_EQ(stays.size(), 3u);
  EXPECT_EQ(stays[0].user_id, rep);
  EXPECT_EQ(stays[0].from_at, 0);
  EXPECT_EQ(stays[0].to_at, std::optional<Instant>(kStart + 2000));
  EXPECT_EQ(stays[0].department_id, first);
  EXPECT_EQ(stays[1].from_at, kStart + 2000);
  EXPECT_EQ(stays[1].to_at, std::optional<Instant>(kStart + 5000));
  EXPECT_EQ(stays[1].department_id, second);
  EXPECT_EQ(stays[2].from_at, kStart + 5000);
  EXPECT_EQ(stays[2].to_at, std::nullopt);
  EXPECT_EQ(stays[2].department_id, first);
  for (const auto& s : stays) EXPECT_NE(s.user_id, other);
  // Moves that ended before `since` are not asked about.
  EXPECT_EQ(Moved(kStart + 4999).size(), 3u);
  EXPECT_TRUE(Moved(kStart + 5000).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, UserDepartmentsTest, ::testing::ValuesIn(quanke::testing::Backends()));

}  // namespace
}  // namespace quanke::org
