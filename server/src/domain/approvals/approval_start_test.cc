// The seam (approval_subjects.h) on both backends over the demo company: Start picks the flow by
// amount, resolves department heads at the start, writes pending and waiting tasks and the
// history, notifies the first step; no flow approves at once; HasFlow; a subject type's handler
// hears the end of a decision in its transaction, and its failure rolls the decision back.
#include <gtest/gtest.h>

#include "domain/approvals/approval_repository.h"
#include "domain/approvals/approval_service.h"
#include "org_test_fixture.h"

namespace quanke::approvals {
namespace {
using storage::V;

class ApprovalStartTest : public ::testing::TestWithParam<std::string> {};

// Records what it heard; fails when told to.
class FakeContracts : public SubjectHandler {
 public:
  Status OnDecided(storage::Connection& conn, const org::Caller& by, Id subject_id, Outcome outcome, Id approval_id,
                   Instant now) override {
    if (fail) return Status::Error("conflict", "the contract changed");
    heard.push_back(std::string(OutcomeName(outcome)) + ":" + IdToString(subject_id));
    return Status::Ok();
  }
  bool CanRead(storage::Connection&, const org::Caller&, Id) override { return false; }
  bool fail = false;
  std::vector<std::string> heard;
};

FlowStep HeadStep(std::int64_t levels) {
  FlowStep s;
  s.name = "部门负责人";
  s.approver_type = "dept_head";
  s.levels = levels;
  return s;
}

std::int64_t Count(storage::Database& db, const std::string& sql, const storage::Params& params) {
  auto lease = db.Read();
  auto r = (*lease)->Query(sql, params);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r->front().Int(0) : -1;
}

TEST_P(ApprovalStartTest, StartsDecidesAndTellsTheSubject) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/5);
  ASSERT_TRUE(company.ok());
  const Id tenant = company.TenantId();
  const org::Caller rep = company.As("rep01");  // 北京一组 (head bj1.lead) in 华北大区 (head huabei)
  const Instant now = company.clock().Now();
  // contract: below ¥100,000 the team head; from it the team head then the region's head.
  ApprovalFlow small, large;
  small.subject_type = large.subject_type = "contract";
  small.name = "合同审批";
  small.max_amount_fen = 10000000;
  small.steps = {HeadStep(1)};
  large.name = "大额合同审批";
  large.position = 1;
  large.min_amount_fen = 10000000;
  large.steps = {HeadStep(1), HeadStep(2)};
  ASSERT_TRUE(storage::InTransaction(company.db(), [&](storage::Connection& conn) -> Status {
                auto a = FlowService::Insert(conn, tenant, small, now);
                auto b = FlowService::Insert(conn, tenant, large, now);
                return a.ok() ? b.status() : a.status();
              }).ok());

  Result<Started> started = Status::Internal("unset"), at_once = Status::Internal("unset");
  Result<bool> has_contract = false, has_receipt = true;
  ASSERT_TRUE(storage::InTransaction(company.db(), [&](storage::Connection& conn) -> Status {
                started = Start(conn, rep, {"contract", 4242, "合同 HT1 年度服务", 12000000, "/contracts/4242"}, now);
                at_once = Start(conn, rep, {"receipt", 4343, "回款 HK1 ¥10", 1000, "/receipts/4343"}, now);
                has_contract = HasFlow(conn, tenant, "contract", 5);
                has_receipt = HasFlow(conn, tenant, "receipt", 5);
                auto bad = Start(conn, rep, {"invoice", 1, "x", 0, ""}, now);
                EXPECT_EQ(bad.status().code(), "validation.failed");
                return started.ok() ? at_once.status() : started.status();
              }).ok());
  EXPECT_TRUE(*has_contract);
  EXPECT_FALSE(*has_receipt);
  EXPECT_FALSE(started->approved_at_once);
  EXPECT_TRUE(at_once->approved_at_once);

  const Id lead = company.UserId("bj1.lead"), region = company.UserId("huabei");
  {
    auto lease = company.db().Read();
    auto a = GetApproval(**lease, tenant, started->approval_id);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->flow_name, "大额合同审批");
    EXPECT_EQ(a->status, "pending");
    EXPECT_EQ(a->current_step, 0);
    auto tasks = ListTasks(**lease, tenant, a->id);
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 2u);
    EXPECT_EQ((*tasks)[0].approver_id, lead);
    EXPECT_EQ((*tasks)[0].state, "pending");
    EXPECT_EQ((*tasks)[1].approver_id, region);
    EXPECT_EQ((*tasks)[1].state, "waiting");
    auto auto_a = GetApproval(**lease, tenant, at_once->approval_id);
    EXPECT_EQ(auto_a->status, "approved");
    auto history = ListHistory(**lease, tenant, at_once->approval_id);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[1].action, "auto_approve");
  }
  // The team head was told; the region's head not yet.
  const std::string pending_sql =
      "SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND type = 'approval.pending'";
  EXPECT_EQ(Count(company.db(), pending_sql, {V(tenant), V(lead)}), 1);
  EXPECT_EQ(Count(company.db(), pending_sql, {V(tenant), V(region)}), 0);

  SubjectRegistry registry;
  auto contracts = std::make_shared<FakeContracts>();
  registry.Register("contract", contracts);
  ApprovalService service(company.db(), company.clock(), registry);
  auto one = service.Approve(company.As("bj1.lead"), started->approval_id, 1, "");
  ASSERT_TRUE(one.ok()) << one.status().message();
  EXPECT_EQ(one->view.approval.current_step, 1);
  EXPECT_EQ(Count(company.db(), pending_sql, {V(tenant), V(region)}), 1);
  EXPECT_TRUE(contracts->heard.empty());
  // The handler fails: the decision does not stand.
  contracts->fail = true;
  auto failed = service.Approve(company.As("huabei"), started->approval_id, 2, "同意");
  EXPECT_EQ(failed.status().code(), "conflict");
  EXPECT_EQ(service.Get(company.As("rep01"), started->approval_id)->view.approval.status, "pending");
  contracts->fail = false;
  auto two = service.Approve(company.As("huabei"), started->approval_id, 2, "同意");
  ASSERT_TRUE(two.ok()) << two.status().message();
  EXPECT_EQ(two->view.approval.status, "approved");
  EXPECT_EQ(contracts->heard, std::vector<std::string>{"approved:4242"});
  EXPECT_EQ(Count(company.db(),
                  "SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND type = "
                  "'approval.decided'",
                  {V(tenant), V(rep.user_id)}),
            1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApprovalStartTest, ::testing::ValuesIn(quanke::testing::Backends()));

}  // namespace
}  // namespace quanke::approvals
