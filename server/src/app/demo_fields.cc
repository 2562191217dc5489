#include "app/demo_fields.h"

#include "app/demo.h"
#include "domain/customers/customer_service.h"
#include "domain/fields/field_service.h"
#include "domain/fields/field_values.h"
#include "domain/leads/lead_service.h"
#include "domain/org/auth_service.h"
#include "domain/org/department_repository.h"
#include "domain/org/role_repository.h"

namespace quanke::app {
namespace {

constexpr Instant kHour = 3600LL * 1000;

Status Fail(const char* what, const Status& s) { return Status::Internal(std::string("demo fields: ") + what + ": " + s.message()); }

fields::FieldInput Define(const char* object, const char* key, const char* label, const char* type,
                          std::vector<std::string> options = {}) {
  fields::FieldInput in;
  in.object = object;
  in.key = key;
  in.label = label;
  in.type = type;
  if (!options.empty()) in.options = std::move(options);
  return in;
}

}  // namespace

Status LoadDemoFields(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now - 50 * kHour);
  org::AuthService auth(db, clock);
  events::Bus events;
  customers::CustomerService customers(db, clock, events);
  leads::LeadService leads(db, clock, customers);
  fields::FieldService fields(db, clock);
  auto callers = DemoCallers(db, auth, tenant_code, {"admin"});
  if (!callers.ok()) return callers.status();
  const org::Caller admin = callers->at("admin");

  std::vector<Id> leaders;
  Id east = 0;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    for (const char* code : {"manager", "executive", "admin"}) {
      auto role = org::FindRoleByCode(**lease, admin.tenant_id, code);
      if (!role.ok()) return role.status();
      if (*role) leaders.push_back((*role)->id);
    }
    auto departments = org::ListDepartments(**lease, admin.tenant_id);
    if (!departments.ok()) return departments.status();
    for (const auto& d : *departments)
      if (d.name == "华东大区") east = d.id;
  }

  fields::FieldInput channel = Define("customer", "channel", "合作渠道", "select", {"直营", "经销商", "电商平台", "转介绍"});
  channel.default_value = std::optional<std::string>("\"直营\"");
  fields::FieldInput stores = Define("customer", "stores", "门店数", "number");
  fields::FieldInput budget = Define("customer", "budget", "年采购预算", "money");
  fields::FieldInput sign = Define("customer", "sign_date", "签约意向日", "date");
  fields::FieldInput needs = Define("customer", "needs", "关注产品线", "multi_select", {"冷链", "仓储", "配送", "SaaS"});
  fields::FieldInput review = Define("customer", "review", "内部评估", "long_text");
  review.visible_roles = leaders;
  fields::FieldInput interest = Define("lead", "interest", "意向程度", "select", {"高", "中", "低"});
  for (const auto* in : {&channel, &stores, &budget, &sign, &needs, &review, &interest})
    if (auto f = fields.Create(admin, *in); !f.ok()) return Fail("create field", f.status());

  const std::vector<fields::LayoutGroup> company = {{"经营信息", {"channel", "stores", "budget", "needs"}},
                                                    {"商务进展", {"sign_date", "review"}}};
  if (auto l = fields.PutLayout(admin, "customer", std::nullopt, company); !l.ok()) return Fail("layout", l.status());
  if (east) {
    // 华东 sells through distributors first: its form leads with the channel and the budget.
    const std::vector<fields::LayoutGroup> own = {{"渠道与预算", {"channel", "budget", "stores"}},
                                                  {"商务进展", {"sign_date", "needs", "review"}}};
    if (auto l = fields.PutLayout(admin, "customer", east, own); !l.ok()) return Fail("east layout", l.status());
  }

  // Values on seven customers in ten, written as an import would have brought them: the records
  // keep their own updated_at (so every page of the list shows some) and no edit is logged.
  clock.Set(now - 48 * kHour);
  customers::CustomerFilter filter;
  filter.with_countdown = false;
  filter.all_names = false;
  std::vector<Id> ids;
  PageRequest page;
  page.limit = 200;
  for (;;) {
    auto some = customers.List(admin, filter, page);
    if (!some.ok()) return Fail("customers", some.status());
    for (const auto& v : some->items) ids.push_back(v.customer.id);
    if (!some->next_cursor) break;
    page.cursor = *some->next_cursor;
  }
  static const char* kChannels[] = {"直营", "经销商", "电商平台", "转介绍"};
  static const char* kNeeds[] = {R"(["冷链"])", R"(["仓储","配送"])", R"(["SaaS"])", R"(["冷链","配送","SaaS"])"};
  Status written = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
    auto set = fields::FieldSet::Load(conn, admin, "customer");
    if (!set.ok()) return set.status();
    for (size_t n = 0; n < ids.size(); ++n) {
      if (n % 10 >= 7) continue;
      std::string values = std::string("{\"channel\":\"") + kChannels[n % 4] + "\",\"stores\":" +
                           std::to_string(3 + (n * 7) % 40) + ",\"budget\":" +
                           std::to_string((50 + (n * 37) % 450) * 100000) + ",\"needs\":" + kNeeds[n % 4];
      if (n % 3 == 0) values += ",\"sign_date\":\"2027-0" + std::to_string(1 + n % 6) + "-15\"";
      if (n % 5 == 0) values += ",\"review\":\"决策链长，需总部审批；预算充足，建议重点跟进。\"";
      values += "}";
      if (Status s = conn.Exec("UPDATE customers SET custom_fields = $3 WHERE tenant_id = $1 AND id = $2",
                               {storage::V(admin.tenant_id), storage::V(ids[n]), storage::V(values)});
          !s.ok())
        return s;
      if (Status s = fields::StoreValues(conn, admin, *set, ids[n], values, false); !s.ok()) return s;
    }
    return Status::Ok();
  });
  if (!written.ok()) return Fail("customer values", written);

  leads::LeadFilter lead_filter;
  PageRequest twenty;
  twenty.limit = 20;
  auto some_leads = leads.List(admin, lead_filter, twenty);
  if (!some_leads.ok()) return Fail("leads", some_leads.status());
  static const char* kInterest[] = {"高", "中", "低"};
  int i = 0;
  for (const auto& v : some_leads->items) {
    if (v.lead.status == "converted") continue;
    leads::LeadInput in;
    in.custom_fields = std::string("{\"interest\":\"") + kInterest[i++ % 3] + "\"}";
    if (auto l = leads.Update(admin, v.lead.id, in); !l.ok()) return Fail("lead values", l.status());
  }
  return Status::Ok();
}

}  // namespace quanke::app
