// The inbox's budget (issue 16: p99 < 20 ms) rests on its plan: on SQLite, with the fixed planner
// statistics of migration 0031 (1,000,000 approvals), the pending box is one range of
// approval_tasks_inbox read newest first, each row joined to its approval by primary key — no
// scan and no sort of the approver's tasks; the other boxes lead with their own index too.
#include <gtest/gtest.h>

#include "domain/approvals/approval_repository.h"
#include "test_databases.h"

namespace quanke::approvals {
namespace {

std::string Plan(storage::Database& db, const storage::Statement& s) {
  auto lease = db.Read();
  if (!lease.ok()) return "";
  auto r = (*lease)->Query("EXPLAIN QUERY PLAN " + s.sql, s.params);
  EXPECT_TRUE(r.ok()) << r.status().message();
  std::string out;
  if (r.ok())
    for (const auto& row : r->rows) out += row.Text(3) + "\n";
  return out;
}

org::Caller Someone() {
  org::Caller c;
  c.tenant_id = 7;
  c.user_id = 42;
  return c;
}

TEST(ApprovalPlans, SqlitePendingBoxIsOneInboxRangeJoinedByKey) {
  auto db = quanke::testing::FreshDatabase("sqlite");
  ASSERT_NE(db, nullptr);
  PageRequest first;
  first.limit = 20;
  PageRequest next = first;
  next.cursor = EncodeCursor("", 123456789);
  for (const auto* page : {&first, &next}) {
    ApprovalFilter f;
    f.box = "pending";
    f.subject_type = page == &next ? "contract" : "";
    auto s = ApprovalListStatements(Someone(), f, *page);
    ASSERT_TRUE(s.ok());
    const std::string plan = Plan(*db, s->page);
    EXPECT_NE(plan.find("SEARCH t USING COVERING INDEX approval_tasks_inbox (tenant_id=? AND approver_id=? AND state=?"),
              std::string::npos)
        << plan;
    EXPECT_NE(plan.find("SEARCH a USING PRIMARY KEY (tenant_id=? AND id=?)"), std::string::npos) << plan;
    EXPECT_EQ(plan.find("SCAN"), std::string::npos) << plan;
    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
    const std::string count = Plan(*db, s->count);
    EXPECT_NE(count.find("approval_tasks_inbox"), std::string::npos) << count;
    // Unfiltered, the total is the index range alone; a filter on the approval joins it.
    EXPECT_EQ(count.find("SEARCH a USING PRIMARY KEY") != std::string::npos, page == &next) << count;
  }
  ApprovalFilter mine;
  mine.box = "mine";
  auto s = ApprovalListStatements(Someone(), mine, first);
  ASSERT_TRUE(s.ok());
  std::string plan = Plan(*db, s->page);
  EXPECT_NE(plan.find("USING INDEX approvals_applicant"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
  ApprovalFilter subject;
  subject.subject_type = "contract";
  subject.subject_id = 99;
  s = ApprovalListStatements(Someone(), subject, first);
  ASSERT_TRUE(s.ok());
  plan = Plan(*db, s->page);
  EXPECT_NE(plan.find("USING INDEX approvals_subject"), std::string::npos) << plan;
}

}  // namespace
}  // namespace quanke::approvals
