#include "app/demo_recycle.h"

#include "app/demo.h"
#include "domain/customers/customer_service.h"
#include "domain/leads/lead_service.h"
#include "domain/org/auth_service.h"
#include "domain/products/product_service.h"

namespace quanke::app {
namespace {

constexpr Instant kDay = 24LL * 3600 * 1000;

Status Fail(const char* what, const Status& s) { return Status::Internal(std::string("demo recycle bin: ") + what + ": " + s.message()); }

}  // namespace

Status LoadDemoRecycle(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now - 21 * kDay);
  org::AuthService auth(db, clock);
  events::Bus events;
  customers::CustomerService customers(db, clock, events);
  leads::LeadService leads(db, clock, customers);
  products::ProductService products(db, clock);
  auto callers = DemoCallers(db, auth, tenant_code, {"admin", "rep03"});
  if (!callers.ok()) return callers.status();
  const org::Caller& admin = callers->at("admin");
  const org::Caller& rep = callers->at("rep03");

  customers::CustomerInput duplicate;
  duplicate.name = "北京恒远商贸有限公司（重复录入）";
  duplicate.industry = "批发零售";
  duplicate.level = "C";
  duplicate.province = "北京市";
  duplicate.city = "北京市";
  duplicate.source = "电话开发";
  duplicate.phone = std::optional<std::string>("010-6231 7788");
  customers::ContactInput contact;
  contact.name = "周立";
  contact.mobile = std::optional<std::string>("13911027788");
  duplicate.contacts = std::vector<customers::ContactInput>{contact};
  auto first = customers.Create(rep, duplicate);
  if (!first.ok()) return Fail("customer", first.status());
  customers::CustomerInput trial;
  trial.name = "测试客户（培训用）";
  trial.level = "D";
  auto second = customers.Create(rep, trial);
  if (!second.ok()) return Fail("customer", second.status());

  leads::LeadInput lead;
  lead.name = "王先生";
  lead.company = "天津鑫达包装材料厂";
  lead.mobile = std::optional<std::string>("13820196651");
  lead.city = "天津市";
  auto made = leads.Create(rep, lead);
  if (!made.ok()) return Fail("lead", made.status());

  products::ProductInput product;
  product.code = "OLD-2019";
  product.name = "旧版标准套装（已停产）";
  product.unit = "套";
  product.status = "off";
  product.list_price_fen = 398000;
  auto item = products.Create(admin, product);
  if (!item.ok()) return Fail("product", item.status());

  clock.Set(now - 6 * kDay);
  if (Status s = customers.Delete(admin, second->view.customer.id); !s.ok()) return Fail("delete customer", s);
  clock.Set(now - 4 * kDay);
  if (Status s = leads.Delete(admin, made->view.lead.id); !s.ok()) return Fail("delete lead", s);
  clock.Set(now - 2 * kDay);
  if (Status s = customers.Delete(admin, first->view.customer.id); !s.ok()) return Fail("delete customer", s);
  clock.Set(now - kDay);
  if (Status s = products.Delete(admin, item->id); !s.ok()) return Fail("delete product", s);
  return Status::Ok();
}

}  // namespace quanke::app
