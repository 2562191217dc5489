// PostgreSQL plans the hot reads the way the benchmarks need: a customer's detail by id uses the
// primary key on a table of realistic size right after a bulk load (issue 13: planned from an
// empty table's statistics, it used customers_held and filtered the whole tenant, 539 req/s).
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <thread>

#include "domain/customers/customer_repository_internal.h"
#include "storage/maintenance.h"
#include "test_databases.h"

namespace quanke::customers {
namespace {
using storage::V;

// The JSON plan of `sql` with `params`, as PostgreSQL would run it now.
std::string Plan(storage::Database& db, const std::string& sql, const storage::Params& params) {
  auto lease = db.Read();
  if (!lease.ok()) return "";
  auto r = (*lease)->Query("EXPLAIN (FORMAT JSON) " + sql, params);
  if (!r.ok() || r->empty()) return "";
  return r->front().Text(0);
}

// How the plan reads `relation`: the index name of each scan of it ("" for a sequential scan).
void ScansOf(const boost::json::value& node, const std::string& relation,
             std::vector<std::string>* out) {
  if (!node.is_object()) return;
  const auto& o = node.as_object();
  if (const auto* rel = o.if_contains("Relation Name"); rel && rel->as_string() == relation) {
    const auto* index = o.if_contains("Index Name");
    out->push_back(index ? std::string(index->as_string()) : "");
  }
  if (const auto* plans = o.if_contains("Plans"))
    for (const auto& child : plans->as_array()) ScansOf(child, relation, out);
}

// 20,000 customers of one tenant, 20 owners (the peer workload's shape).
constexpr const char* kBulkCustomers =
    "INSERT INTO customers (tenant_id, id, name, name_norm, owner_id, status, level, "
    "created_at, updated_at) SELECT 7, g, 'customer ' || g, 'customer' || g, 1 + g % 20, "
    "'potential', 'C', g, g FROM generate_series(1, 20000) g;";

std::vector<std::string> ScansIn(const std::string& plan, const std::string& relation);

TEST(CustomerPlans, PostgresDetailByIdUsesThePrimaryKeyAfterABulkLoad) {
  auto db = testing::FreshDatabase("postgres");
  ASSERT_NE(db, nullptr);
  // 20,000 customers of one tenant, 20 owners (the peer workload's shape), written the way a
  // bulk import lands: many rows, no analysis yet.
  ASSERT_TRUE(storage::InTransaction(*db, [](storage::Connection& c) {
                return c.ExecScript(kBulkCustomers);
              }).ok());
  // Backends publish their counters when idle; wait until the load shows, as a bulk request's
  // next batch would see it.
  for (int i = 0; i < 100; ++i) {
    auto lease = db->Read();
    ASSERT_TRUE(lease.ok());
    auto r = (*lease)->Query(
        "SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = 'customers'");
    ASSERT_TRUE(r.ok());
    if (!r->empty() && r->front().Int(0) >= 20000) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  auto refreshed = storage::RefreshStatistics(*db, {"customers"});
  ASSERT_TRUE(refreshed.ok()) << refreshed.status().message();
  EXPECT_EQ(*refreshed, 1);

  const std::string detail =
      detail::ColumnsSql(false) + "WHERE c.tenant_id = $1 AND c.id = $2 AND c.deleted_at IS NULL";
  const std::string plan = Plan(*db, detail, {V(Id{7}), V(Id{12345})});
  ASSERT_FALSE(plan.empty());
  EXPECT_EQ(ScansIn(plan, "customers"), std::vector<std::string>{"customers_pkey"}) << plan;
}

// The plan PostgreSQL caches for `sql` once it stops planning per execution (plan_cache_mode =
// auto picks it after five runs when it is no worse): the generic plan, with `args` as literals.
std::string GenericPlan(storage::Database& db, const std::string& sql, const std::string& args) {
  auto lease = db.Read();
  if (!lease.ok()) return "";
  storage::Connection& c = **lease;
  if (!c.ExecScript("SET plan_cache_mode = force_generic_plan; PREPARE hot AS " + sql).ok())
    return "";
  auto r = c.Query("EXPLAIN (FORMAT JSON) EXECUTE hot(" + args + ")");
  (void)c.ExecScript("DEALLOCATE hot; RESET plan_cache_mode");
  if (!r.ok() || r->empty()) return "";
  return r->front().Text(0);
}

std::vector<std::string> ScansIn(const std::string& plan, const std::string& relation) {
  std::vector<std::string> scans;
  if (plan.empty()) return scans;
  ScansOf(boost::json::parse(plan).as_array().at(0).as_object().at("Plan"), relation, &scans);
  return scans;
}

// The statements a detail and a bulk create run on every request, as generic plans (the ones a
// busy server executes), on tables of realistic size: each reads its table through the index
// made for it, never the whole tenant.
TEST(CustomerPlans, PostgresHotStatementsUseTheirIndexesAsGenericPlans) {
  auto db = testing::FreshDatabase("postgres");
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(
      storage::InTransaction(*db, [](storage::Connection& c) {
        return c.ExecScript(
            std::string(kBulkCustomers) +
            "INSERT INTO contacts (tenant_id, id, customer_id, name, created_at, updated_at) "
            "SELECT 7, g, g, 'contact ' || g, g, g FROM generate_series(1, 20000) g;"
            "INSERT INTO customer_phones (tenant_id, digits, customer_id) "
            "SELECT 7, '1380000' || lpad(g::text, 5, '0'), g FROM generate_series(1, 20000) g;"
            "ANALYZE customers, contacts, customer_phones");
      }).ok());
  const std::string detail =
      detail::ColumnsSql() + "WHERE c.tenant_id = $1 AND c.id = $2 AND c.deleted_at IS NULL";
  EXPECT_EQ(ScansIn(GenericPlan(*db, detail, "7, 12345"), "customers"),
            std::vector<std::string>{"customers_pkey"});
  EXPECT_EQ(
      ScansIn(GenericPlan(*db, detail::ContactsStatement(7, 12345).sql, "7, 12345"), "contacts"),
      std::vector<std::string>{"contacts_customer"});
  // The conflict check's lookups (CustomersMatching).
  EXPECT_EQ(
      ScansIn(GenericPlan(
                  *db, "SELECT id FROM customers WHERE tenant_id = $1 AND name_norm = $2 LIMIT 20",
                  "7, 'customer12345'"),
              "customers"),
      std::vector<std::string>{"customers_name_norm"});
  const auto phone_scans = ScansIn(
      GenericPlan(
          *db,
          "SELECT customer_id FROM customer_phones WHERE tenant_id = $1 AND digits = $2 LIMIT 20",
          "7, '138000012345'"),
      "customer_phones");
  ASSERT_EQ(phone_scans.size(), 1u);
  EXPECT_EQ(phone_scans[0], "customer_phones_pkey");
}

}  // namespace
}  // namespace quanke::customers
