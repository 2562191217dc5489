#pragma once

#include <map>
#include <memory>
#include <string>

#include "app/demo.h"
#include "core/clock.h"
#include "domain/org/auth_service.h"
#include "storage/database.h"
#include "test_databases.h"

namespace quanke::org::testing {

// A fresh database of one backend with the demo company loaded as tenant "demo" and again as
// tenant "other", and helpers to act as any demo person.
class DemoCompany {
 public:
  // `customers` demo customers per tenant (the full demo has 2,000; tests rarely need many).
  explicit DemoCompany(const std::string& backend, Instant now = 1795000000000, int customers = 60)
      : clock_(now) {
    db_ = quanke::testing::FreshDatabase(backend);
    if (!db_) return;
    auth_ = std::make_unique<AuthService>(*db_, clock_);
    ok_ = app::LoadDemo(*db_, clock_, "demo", "demo123456", nullptr, customers).ok() &&
          app::LoadDemo(*db_, clock_, "other", "demo123456", nullptr, customers).ok();
  }

  bool ok() const { return ok_; }
  storage::Database& db() { return *db_; }
  FixedClock& clock() { return clock_; }
  AuthService& auth() { return *auth_; }

  // The id of a demo user of `tenant`.
  Id UserId(const std::string& username, const std::string& tenant = "demo") {
    auto lease = db_->Read();
    auto r = (*lease)->Query(
        "SELECT u.id FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.code = $1 AND "
        "u.username = $2",
        {storage::V(tenant), storage::V(username)});
    return r.ok() && !r->empty() ? r->front().Int(0) : 0;
  }
  Id TenantId(const std::string& tenant = "demo") {
    auto lease = db_->Read();
    auto r = (*lease)->Query("SELECT id FROM tenants WHERE code = $1", {storage::V(tenant)});
    return r.ok() && !r->empty() ? r->front().Int(0) : 0;
  }
  // The Caller of a demo user, as a request would build it.
  Caller As(const std::string& username, const std::string& tenant = "demo") {
    auto lease = db_->Read();
    auto p = auth_->LoadPrincipal(**lease, TenantId(tenant), UserId(username, tenant));
    return p.ok() ? p->caller : Caller{};
  }

 private:
  FixedClock clock_;
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<AuthService> auth_;
  bool ok_ = false;
};

}  // namespace quanke::org::testing
