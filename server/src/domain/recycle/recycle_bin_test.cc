// The recycle bin's purge job: a record deleted more than 90 days ago goes for good with what
// hangs off it (contacts, phones of the conflict check, history); until then it stays, restorable,
// and keeps counting in the conflict check.
#include <gtest/gtest.h>

#include "domain/activity/activity_service.h"
#include "domain/customers/customer_service.h"
#include "domain/events/bus.h"
#include "domain/recycle/recycle_bin.h"
#include "org_test_fixture.h"

namespace quanke::recycle {
namespace {

using storage::V;
constexpr Instant kStart = 1795000000000;
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

class RecycleBinTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<org::testing::DemoCompany>(GetParam(), kStart, /*customers=*/10);
    ASSERT_TRUE(company_->ok());
    customers_ = std::make_unique<customers::CustomerService>(company_->db(), company_->clock(), events_);
  }

  // A customer of admin's with a number and a contact's mobile, deleted at `at`.
  Id CreateAndDelete(const std::string& name, const std::string& phone, const std::string& mobile, Instant at) {
    company_->clock().Set(at - 1000);
    customers::CustomerInput in;
    in.name = name;
    in.phone = std::optional<std::string>(phone);
    customers::ContactInput ct;
    ct.name = "回收联系人";
    ct.mobile = std::optional<std::string>(mobile);
    in.contacts = std::vector<customers::ContactInput>{ct};
    auto made = customers_->Create(company_->As("admin"), in);
    EXPECT_TRUE(made.ok()) << made.status().message();
    if (!made.ok()) return 0;
    company_->clock().Set(at);
    const Id id = made->view.customer.id;
    Status del = customers_->Delete(company_->As("admin"), id);
    EXPECT_TRUE(del.ok()) << del.message();
    return id;
  }

  std::int64_t Count(const std::string& sql, Id id) {
    auto lease = company_->db().Read();
    auto r = (*lease)->Query(sql, {V(company_->TenantId()), V(id)});
    EXPECT_TRUE(r.ok()) << r.status().message() << " in " << sql;
    return r.ok() ? r->front().Int(0) : -1;
  }
  // Where the conflict check finds a name: "" when nowhere.
  std::string ConflictWhere(const std::string& name) {
    auto r = customers_->CheckConflict(company_->As("admin"), customers::ConflictQuery{name, {}, {}, {}, {}, {}});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() && !r->empty() ? r->front().where : "";
  }
  // Rows deleted 90 days or more before `now` in the whole database (the job's due records).
  std::int64_t DueAt(Instant now) {
    std::int64_t due = 0;
    for (const char* table :
         {"customers", "contacts", "leads", "opportunities", "products", "contracts", "follow_ups", "receipts"}) {
      auto lease = company_->db().Read();
      auto r = (*lease)->Query(std::string("SELECT COUNT(*) FROM ") + table + " WHERE deleted_at <= $1",
                               {V(now - 90 * kDay)});
      EXPECT_TRUE(r.ok());
      due += r.ok() ? r->front().Int(0) : 0;
    }
    return due;
  }

  events::Bus events_;
  std::unique_ptr<org::testing::DemoCompany> company_;
  std::unique_ptr<customers::CustomerService> customers_;
};

TEST_P(RecycleBinTest, PurgeJobRemovesRecordsDeletedMoreThan90DaysAgo) {
  const std::string old_name = "回收测试旧删除科技有限公司", new_name = "回收测试新删除科技有限公司";
  const Id old_id = CreateAndDelete(old_name, "010-55501001", "13955501001", kStart);
  const Id new_id = CreateAndDelete(new_name, "010-55501002", "13955501002", kStart + 10 * kDay);
  ASSERT_NE(old_id, 0);
  ASSERT_NE(new_id, 0);
  const std::string in_customers = "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND id = $2";
  const std::string in_contacts = "SELECT COUNT(*) FROM contacts WHERE tenant_id = $1 AND customer_id = $2";
  const std::string in_phones = "SELECT COUNT(*) FROM customer_phones WHERE tenant_id = $1 AND customer_id = $2";

  // A millisecond before 90 days: nothing of ours is due; the deleted customer still counts.
  const Instant before = kStart + 90 * kDay - 1;
  const std::int64_t due_before = DueAt(before);
  auto none = RecycleBin::PurgeExpired(company_->db(), before);
  ASSERT_TRUE(none.ok()) << none.status().message();
  EXPECT_EQ(*none, due_before);
  EXPECT_EQ(Count(in_customers, old_id), 1);
  EXPECT_EQ(ConflictWhere(old_name), "deleted") << "a deleted customer counts in the conflict check";

  // At 90 days: the old one goes with its contact and phones; the newer one stays.
  const Instant at = kStart + 90 * kDay;
  const std::int64_t due = DueAt(at);
  EXPECT_GE(due, 1);
  auto purged = RecycleBin::PurgeExpired(company_->db(), at);
  ASSERT_TRUE(purged.ok()) << purged.status().message();
  EXPECT_EQ(*purged, due);
  EXPECT_EQ(Count(in_customers, old_id), 0);
  EXPECT_EQ(Count(in_contacts, old_id), 0);
  EXPECT_EQ(Count(in_phones, old_id), 0);
  EXPECT_EQ(ConflictWhere(old_name), "") << "purged: the conflict check no longer finds it";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE tenant_id = $1 AND object_id = $2 AND action = 'recycle.purge'",
                  old_id),
            1);
  EXPECT_EQ(Count(in_customers, new_id), 1);
  EXPECT_EQ(Count(in_phones, new_id), 2) << "its own number and its contact's";
  EXPECT_EQ(ConflictWhere(new_name), "deleted");

  // Run again: nothing more.
  auto again = RecycleBin::PurgeExpired(company_->db(), at);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}

TEST_P(RecycleBinTest, PurgeJobTakesAFollowUpWithItsFeedItemAndComments) {
  company_->clock().Set(kStart);
  customers::CustomerInput in;
  in.name = "回收测试跟进科技有限公司";
  auto made = customers_->Create(company_->As("admin"), in);
  ASSERT_TRUE(made.ok()) << made.status().message();
  const Id customer_id = made->view.customer.id;
  files::FileStore files{"/tmp/quanke-recycle-test-files"};
  activity::ActivityService activity(company_->db(), company_->clock(), files);
  activity::FollowUpInput note;
  note.text = std::string("九十天后彻底删除的跟进");
  auto f = activity.CreateFollowUp(company_->As("admin"), customer_id, note);
  ASSERT_TRUE(f.ok()) << f.status().message();
  auto comment = activity.AddComment(company_->As("admin"), f->feed_item_id, "收到", {});
  ASSERT_TRUE(comment.ok()) << comment.status().message();
  ASSERT_TRUE(activity.DeleteFollowUp(company_->As("admin"), f->id).ok());
  const std::string in_follow_ups = "SELECT COUNT(*) FROM follow_ups WHERE tenant_id = $1 AND id = $2";
  const std::string in_feed = "SELECT COUNT(*) FROM feed_items WHERE tenant_id = $1 AND follow_up_id = $2";
  const std::string in_comments = "SELECT COUNT(*) FROM comments WHERE tenant_id = $1 AND item_id = $2";
  EXPECT_EQ(Count(in_comments, f->feed_item_id), 1);

  auto kept = RecycleBin::PurgeExpired(company_->db(), kStart + 90 * kDay - 1);
  ASSERT_TRUE(kept.ok()) << kept.status().message();
  EXPECT_EQ(Count(in_follow_ups, f->id), 1) << "restorable until 90 days have passed";
  auto purged = RecycleBin::PurgeExpired(company_->db(), kStart + 90 * kDay);
  ASSERT_TRUE(purged.ok()) << purged.status().message();
  EXPECT_EQ(Count(in_follow_ups, f->id), 0);
  EXPECT_EQ(Count(in_feed, f->id), 0) << "its feed item went with it";
  EXPECT_EQ(Count(in_comments, f->feed_item_id), 0) << "and the comments on that item";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND id = $2", customer_id), 1)
      << "its customer stays";
}

INSTANTIATE_TEST_SUITE_P(Backends, RecycleBinTest, ::testing::ValuesIn(quanke::testing::Backends()));

}  // namespace
}  // namespace quanke::recycle
