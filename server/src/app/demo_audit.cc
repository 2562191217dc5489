#include "app/demo_audit.h"

#include "app/demo.h"
#include "domain/customers/customer_service.h"
#include "domain/exports/export_service.h"
#include "domain/org/auth_service.h"
#include "domain/products/product_service.h"

namespace quanke::app {
namespace {

constexpr Instant kHour = 3600LL * 1000;

Status Fail(const char* what, const Status& s) { return Status::Internal(std::string("demo audit: ") + what + ": " + s.message()); }

constexpr const char* kPhoneClient =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1";
constexpr const char* kDesktopClient =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

}  // namespace

Status LoadDemoAudit(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now - 30 * kHour);
  org::AuthService auth(db, clock);
  events::Bus events;
  customers::CustomerService customers(db, clock, events);
  products::ProductService products(db, clock);
  auto callers = DemoCallers(db, auth, tenant_code, {"admin", "huadong"});
  if (!callers.ok()) return callers.status();
  org::Caller admin = callers->at("admin");
  org::Caller manager = callers->at("huadong");
  admin.ip = "192.168.1.20";
  admin.client = kDesktopClient;
  manager.ip = "10.8.2.31";
  manager.client = kPhoneClient;

  // Two customers of 华东 (the manager's region), in the list's order.
  customers::CustomerFilter filter;
  filter.with_countdown = false;
  PageRequest page;
  page.limit = 2;
  auto region = customers.List(manager, filter, page);
  if (!region.ok()) return Fail("list", region.status());
  if (region->items.size() < 2) return Status::Ok();  // a demo without customers
  const customers::Customer& first = region->items[0].customer;
  const customers::Customer& second = region->items[1].customer;

  customers::CustomerInput raise;
  raise.level = "A";
  std::vector<std::string> tags = first.tags;
  tags.push_back("重点客户");
  raise.tags = tags;
  if (Status s = customers.Edit(manager, first.id, raise); !s.ok()) return Fail("edit level", s);

  clock.Set(now - 20 * kHour);
  customers::CustomerInput phone;
  phone.phone = std::optional<std::string>("021-3378 0912");
  phone.website = "www.example.cn";
  if (Status s = customers.Edit(admin, second.id, phone); !s.ok()) return Fail("edit phone", s);

  clock.Set(now - 6 * kHour);
  PageRequest one;
  one.limit = 1;
  auto catalogue = products.List(admin, products::ProductFilter{.status = "on"}, one);
  if (!catalogue.ok()) return Fail("products", catalogue.status());
  if (!catalogue->items.empty()) {
    products::ProductInput price;
    price.list_price_fen = catalogue->items.front().list_price_fen / 100 * 110;  // +10 %, whole yuan
    if (auto p = products.Update(admin, catalogue->items.front().id, price); !p.ok()) return Fail("price", p.status());
  }

  // Start never reaches the file store; the job's file is written by the first server run.
  files::FileStore no_files("");
  exports::ExportService exports(db, clock, no_files);
  clock.Set(now - 2 * kHour);
  auto job = exports.Start(admin, "customers", R"({"status":"deal","sort":"-updatedAt"})", "zh-CN", "Asia/Shanghai");
  if (!job.ok()) return Fail("export", job.status());
  return Status::Ok();
}

}  // namespace quanke::app
