// Planner statistics after bulk writes (RefreshStatistics): PostgreSQL analyses a table a bulk
// load multiplied, and only then; SQLite has fixed statistics and nothing to do — and those fixed
// statistics cover every index the migrations made.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "storage/maintenance.h"
#include "test_databases.h"

namespace quanke::storage {
namespace {

// The table's modifications since its last analysis as PostgreSQL's statistics report them.
// Backends publish their counters when idle (at most once a second), so wait until they show.
std::int64_t ModsSinceAnalyze(Database& db, const std::string& table, std::int64_t at_least) {
  std::int64_t mods = -1;
  for (int i = 0; i < 100; ++i) {
    auto lease = db.Read();
    if (!lease.ok()) return -1;
    auto r = (*lease)->Query("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = $1", {V(table)});
    if (!r.ok() || r->empty()) return -1;
    mods = r->front().Int(0);
    if (mods >= at_least) return mods;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return mods;
}

bool Analyzed(Database& db, const std::string& table) {
  auto lease = db.Read();
  if (!lease.ok()) return false;
  auto r = (*lease)->Query(
      "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = $1", {V(table)});
  return r.ok() && !r->empty() && r->front().Bool(0);
}

TEST(Statistics, PostgresAnalysesATableABulkLoadMultiplied) {
  auto db = testing::FreshDatabase("postgres", /*migrate=*/false);
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(InTransaction(*db, [](Connection& c) { return c.ExecScript("CREATE TABLE probe (id BIGINT PRIMARY KEY)"); }).ok());

  // 300 rows: under the threshold (500 + 20 %), nothing to do.
  ASSERT_TRUE(InTransaction(*db, [](Connection& c) {
                return c.ExecScript("INSERT INTO probe SELECT generate_series(1, 300)");
              }).ok());
  ASSERT_GE(ModsSinceAnalyze(*db, "probe", 300), 300);
  auto none = RefreshStatistics(*db, {"probe"});
  ASSERT_TRUE(none.ok()) << none.status().message();
  EXPECT_EQ(*none, 0);
  EXPECT_FALSE(Analyzed(*db, "probe"));

  // 5,000 more: analysed once, after which the table is fresh again.
  ASSERT_TRUE(InTransaction(*db, [](Connection& c) {
                return c.ExecScript("INSERT INTO probe SELECT generate_series(301, 5300)");
              }).ok());
  ASSERT_GE(ModsSinceAnalyze(*db, "probe", 5300), 5300);
  auto once = RefreshStatistics(*db, {"probe"});
  ASSERT_TRUE(once.ok()) << once.status().message();
  EXPECT_EQ(*once, 1);
  EXPECT_TRUE(Analyzed(*db, "probe"));
  auto again = RefreshStatistics(*db, {"probe"});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}

TEST(Statistics, SqliteHasNothingToRefresh) {
  auto db = testing::FreshDatabase("sqlite");
  ASSERT_NE(db, nullptr);
  auto n = RefreshStatistics(*db, {"customers"});
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 0);
  EXPECT_TRUE(AnalyzeAll(*db).ok());
}

// SQLite's planner reads the fixed statistics of the migrations (0003 and its successors). An
// index without a row there is costed by guesswork next to indexes with rows, and it lost to a
// scan of the whole tenant through the primary key: the leads' company-name lookup of the
// conflict check read every lead of the tenant for each new lead (130 leads/s at 70,000 leads).
TEST(Statistics, SqliteHasFixedStatisticsForEveryIndex) {
  auto db = testing::FreshDatabase("sqlite");
  ASSERT_NE(db, nullptr);
  auto lease = db->Read();
  ASSERT_TRUE(lease.ok());
  auto missing = (*lease)->Query(
      "SELECT m.tbl_name, m.name FROM sqlite_schema m WHERE m.type = 'index' AND m.tbl_name NOT LIKE 'sqlite_%' "
      "AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = m.tbl_name AND s.idx = m.name) ORDER BY 1, 2",
      {});
  ASSERT_TRUE(missing.ok()) << missing.status().message();
  std::string names;
  for (const auto& row : missing->rows) names += " " + row.Text(0) + "." + row.Text(1);
  EXPECT_TRUE(names.empty()) << "indexes without planner statistics (add them in a migration):" << names;
}

}  // namespace
}  // namespace quanke::storage
