#include "test_databases.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "storage/migrations.h"

namespace quanke::testing {

std::vector<std::string> Backends() { return {"sqlite", "postgres"}; }

namespace {
std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  static const unsigned seed = std::random_device{}();
  return std::to_string(seed) + "_" + std::to_string(counter.fetch_add(1));
}
}  // namespace

std::unique_ptr<storage::Database> FreshDatabase(const std::string& backend, bool migrate, std::string* url_out) {
  std::string url;
  if (backend == "sqlite") {
    const auto dir = std::filesystem::temp_directory_path() / ("quanke_test_" + UniqueSuffix());
    std::filesystem::create_directories(dir);
    url = "sqlite:" + (dir / "test.db").string();
  } else {
    const char* admin = std::getenv("QUANKE_TEST_PG_URL");
    if (!admin || !*admin) {
      ADD_FAILURE() << "QUANKE_TEST_PG_URL is not set: run the suite through scripts/test.sh, "
                       "which starts a throwaway PostgreSQL";
      return nullptr;
    }
    const std::string admin_url = admin;
    auto admin_db = storage::OpenDatabase(admin_url, 1);
    if (!admin_db.ok()) {
      ADD_FAILURE() << admin_db.status().message();
      return nullptr;
    }
    const std::string name = "qt_" + UniqueSuffix();
    auto lease = (*admin_db)->Write();
    if (Status s = (*lease)->ExecScript("CREATE DATABASE " + name); !s.ok()) {
      ADD_FAILURE() << s.message();
      return nullptr;
    }
    url = admin_url.substr(0, admin_url.rfind('/') + 1) + name;
  }
  if (url_out) *url_out = url;
  auto db = storage::OpenDatabase(url, 4);
  if (!db.ok()) {
    ADD_FAILURE() << db.status().message();
    return nullptr;
  }
  if (migrate) {
    if (Status s = storage::Migrate(**db); !s.ok()) {
      ADD_FAILURE() << s.message();
      return nullptr;
    }
  }
  return std::move(db.value());
}

}  // namespace quanke::testing
