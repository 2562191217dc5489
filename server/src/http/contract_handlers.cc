// Contracts, change orders, payment plans, receipts, invoices and receivables
// (docs/api-contracts.md).
#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/contracts/contract_rules.h"
#include "domain/contracts/contract_service.h"
#include "http/contract_json.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// ---- Reading bodies and queries ----

// An array of objects under `key` (nullopt when absent): `read` makes each element from its own
// FieldReader; every problem is reported on `top` as key[i].field.
template <typename T, typename Read>
std::optional<std::vector<T>> ReadObjects(FieldReader& top, const json::object& obj, const char* key, Read read) {
  const auto* v = obj.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  std::vector<T> out;
  if (!v->is_array()) {
    top.AddIssue(key, "wrong_type");
    return out;
  }
  const auto& arr = v->get_array();
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
    const auto* o = arr[i].if_object();
    if (!o) {
      top.AddIssue(at, "wrong_type");
      continue;
    }
    FieldReader in(*o);
    out.push_back(read(in, *o));
    if (Status s = in.Finish(); !s.ok())
      for (const auto& f : s.fields()) top.AddIssue(at + "." + f.field, f.issue);
  }
  return out;
}

std::optional<std::vector<contracts::ContractItem>> ReadItems(FieldReader& top, const json::object& obj) {
  return ReadObjects<contracts::ContractItem>(top, obj, "items", [](FieldReader& in, const json::object& o) {
    contracts::ContractItem it;
    if (auto p = in.NullableId("productId")) it.product_id = *p;
    it.name = in.String("name", false, 200).value_or("");
    it.spec = in.String("spec", false, 200).value_or("");
    it.unit = in.String("unit", false, 20).value_or("");
    it.quantity = in.Int("quantity").value_or(1);
    it.unit_price_fen = in.Int("unitPriceFen").value_or(-1);  // < 0: the product's list price
    it.discount_fen = in.Int("discountFen").value_or(0);
    it.list_price_fen = -1;  // copied from the product (or the unit price) when written
    if (o.contains("listPriceFen")) in.AddIssue("listPriceFen", "invalid_value");
    return it;
  });
}

std::optional<std::vector<contracts::InstalmentInput>> ReadInstalments(FieldReader& top, const json::object& obj) {
  return ReadObjects<contracts::InstalmentInput>(top, obj, "instalments", [](FieldReader& in, const json::object&) {
    contracts::InstalmentInput x;
    x.id = in.IdField("id");
    x.due_date = in.String("dueDate", true, 10).value_or("");
    x.amount_fen = in.Int("amountFen", true).value_or(0);
    x.notes = in.String("notes", false, 500).value_or("");
    return x;
  });
}

// The money fields shared by contracts and change orders.
template <typename T>
void ReadMoney(FieldReader& in, const json::object& obj, T& out) {
  out.total_fen = in.Int("totalFen");
  out.items = ReadItems(in, obj);
  out.sign_date = in.NullableString("signDate", 10);
  out.start_date = in.NullableString("startDate", 10);
  out.end_date = in.NullableString("endDate", 10);
}

Result<contracts::ContractInput> ReadContract(const std::string& body, bool creating) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  contracts::ContractInput c;
  c.name = in.String("name", false, 200);
  c.notes = in.String("notes", false, 5000);
  c.opportunity_id = in.NullableId("opportunityId");
  c.contact_id = in.NullableId("contactId");
  c.signer_id = in.NullableId("signerId");
  c.attachment_ids = in.IdArray("attachmentIds");
  ReadMoney(in, *obj, c);
  // Numbers are never typed.
  if (obj->contains("number")) in.AddIssue("number", "invalid_value");
  if (creating) {
    c.customer_id = in.IdField("customerId");
    c.owner_id = in.IdField("ownerId");
    c.instalments = ReadInstalments(in, *obj);
    c.submit = in.Bool("submit").value_or(false);
  } else {
    for (const char* key : {"customerId", "ownerId", "status", "instalments"})
      if (obj->contains(key)) in.AddIssue(key, "invalid_value");
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  return c;
}

Result<Response> DetailAnswer(int status, const Result<contracts::ContractDetail>& d) {
  if (!d.ok()) return d.status();
  return JsonResponse(status, ContractDetailJson(*d));
}

// A comma list query parameter whose every value `valid` accepts.
Result<std::vector<std::string>> ListQuery(Context& ctx, const char* name, bool (*valid)(const std::string&)) {
  std::vector<std::string> out;
  auto text = ctx.req.Query(name);
  if (!text || text->empty()) return out;
  size_t start = 0;
  for (;;) {
    const size_t comma = text->find(',', start);
    std::string one = text->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!valid(one)) return Status::Validation({{name, "invalid_value"}});
    out.push_back(std::move(one));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

Result<std::optional<std::string>> DateQuery(Context& ctx, const char* name) {
  auto text = ctx.req.Query(name);
  if (!text || text->empty()) return std::optional<std::string>();
  LocalDate d = 0;
  if (text->size() != 10 || !ParseDate(*text, &d)) return Status::Validation({{name, "invalid_value"}});
  return std::optional<std::string>(*text);
}

// Id query parameters into their targets.
Status IdQueries(Context& ctx, std::initializer_list<std::pair<const char*, std::optional<Id>*>> targets) {
  for (auto [key, target] : targets) {
    auto id = ReadIdQuery(ctx.req, key);
    if (!id.ok()) return id.status();
    *target = *id;
  }
  return Status::Ok();
}

// `status` (one value `valid` accepts) and the `from`/`to` dates of a money list.
template <typename Filter>
Status StatusAndDates(Context& ctx, bool (*valid)(const std::string&), Filter& f) {
  f.status = ctx.req.Query("status").value_or("");
  if (!f.status.empty() && !valid(f.status)) return Status::Validation({{"status", "invalid_value"}});
  auto from = DateQuery(ctx, "from");
  if (!from.ok()) return from.status();
  auto to = DateQuery(ctx, "to");
  if (!to.ok()) return to.status();
  f.from = *from;
  f.to = *to;
  return Status::Ok();
}

bool IsContractStatus(const std::string& s) {
  return s == "draft" || s == "pending" || s == "active" || s == "ended" || s == "void";
}

// ---- Settings ----

Result<Response> GetSettings(Context& ctx) {
  auto s = ctx.services.contracts.GetSettings(ctx.caller);
  if (!s.ok()) return s.status();
  return JsonResponse(200, ContractSettingsJson(*s));
}

Result<Response> PutSettings(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  contracts::Settings s;
  s.number_prefix = in.String("numberPrefix", true, 100).value_or("");
  s.number_date = in.String("numberDate", true, 20).value_or("");
  s.number_digits = in.Int("numberDigits", true).value_or(0);
  s.number_reset = in.String("numberReset", true, 20).value_or("");
  s.end_remind_days = in.Int("endRemindDays", true).value_or(0);
  s.due_remind_days = in.Int("dueRemindDays", true).value_or(0);
  s.discount_approval_bp = in.Int("discountApprovalBp", true).value_or(0);
  if (Status st = in.Finish(); !st.ok()) return st;
  auto out = ctx.services.contracts.PutSettings(ctx.caller, s);
  if (!out.ok()) return out.status();
  return JsonResponse(200, ContractSettingsJson(*out));
}

// ---- Contracts ----

Result<Response> ListContracts(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt", "signDate", "endDate", "totalFen", "number"});
  if (!page.ok()) return page.status();
  contracts::ContractFilter f;
  f.q = ctx.req.Query("q").value_or("");
  if (f.q.size() > 200) return Status::Validation({{"q", "too_long"}});
  f.mine = ctx.req.Query("mine").value_or("") == "true";
  f.owed = ctx.req.Query("owed").value_or("") == "true";
  if (Status s = IdQueries(ctx, {{"ownerId", &f.owner_id},
                                 {"departmentId", &f.department_id},
                                 {"customerId", &f.customer_id},
                                 {"opportunityId", &f.opportunity_id}});
      !s.ok())
    return s;
  auto statuses = ListQuery(ctx, "status", IsContractStatus);
  if (!statuses.ok()) return statuses.status();
  f.statuses = std::move(*statuses);
  auto from = DateQuery(ctx, "signedFrom");
  if (!from.ok()) return from.status();
  auto to = DateQuery(ctx, "signedTo");
  if (!to.ok()) return to.status();
  f.signed_from = *from;
  f.signed_to = *to;
  if (auto days = ctx.req.Query("endingWithinDays"); days && !days->empty()) {
    try {
      size_t used = 0;
      const long long n = std::stoll(*days, &used);
      if (used != days->size() || n < 0 || n > 3650) throw std::invalid_argument("endingWithinDays");
      f.ending_within_days = n;
    } catch (...) {
      return Status::Validation({{"endingWithinDays", "invalid_value"}});
    }
  }
  auto list = ctx.services.contracts.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, ContractJson));
}

Result<Response> CreateContract(Context& ctx) {
  auto in = ReadContract(ctx.req.body, true);
  if (!in.ok()) return in.status();
  return DetailAnswer(201, ctx.services.contracts.Create(ctx.caller, *in));
}

Result<Response> GetContract(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return DetailAnswer(200, ctx.services.contracts.Get(ctx.caller, *id));
}

Result<Response> UpdateContract(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadContract(ctx.req.body, false);
  if (!in.ok()) return in.status();
  return DetailAnswer(200, ctx.services.contracts.Update(ctx.caller, *id, *in));
}

Result<Response> DeleteContract(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.contracts.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<std::int64_t> ReadVersion(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto version = in.Int("version", true);
  if (Status s = in.Finish(); !s.ok()) return s;
  return *version;
}

Result<std::string> ReadReason(const std::string& body, bool required) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto reason = in.String("reason", required, 2000);
  if (Status s = in.Finish(); !s.ok()) return s;
  return reason.value_or("");
}

Result<Response> SubmitContract(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto version = ReadVersion(ctx.req.body);
  if (!version.ok()) return version.status();
  return DetailAnswer(200, ctx.services.contracts.Submit(ctx.caller, *id, *version));
}

Result<Response> VoidContract(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto reason = ReadReason(ctx.req.body, false);
  if (!reason.ok()) return reason.status();
  return DetailAnswer(200, ctx.services.contracts.Void(ctx.caller, *id, *reason));
}

Result<Response> RenewContract(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadContract(ctx.req.body.empty() ? "{}" : ctx.req.body, true);
  if (!in.ok()) return in.status();
  return DetailAnswer(201, ctx.services.contracts.Renew(ctx.caller, *id, *in));
}

Result<Response> ListChanges(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto list = ctx.services.contracts.Changes(ctx.caller, *id);
  if (!list.ok()) return list.status();
  json::array items;
  for (const auto& c : *list) items.push_back(ChangeOrderJson(c));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> RequestChange(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  contracts::ChangeInput c;
  c.reason = in.String("reason", true, 2000).value_or("");
  c.version = in.Int("version", true).value_or(0);
  ReadMoney(in, *obj, c);
  if (Status s = in.Finish(); !s.ok()) return s;
  auto out = ctx.services.contracts.RequestChange(ctx.caller, *id, c);
  if (!out.ok()) return out.status();
  return JsonResponse(201, ChangeOrderJson(*out));
}

Result<Response> PutInstalments(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto version = in.Int("version", true);
  auto plan = ReadInstalments(in, *obj);
  if (!plan) in.AddIssue("instalments", "required");
  if (Status s = in.Finish(); !s.ok()) return s;
  return DetailAnswer(200, ctx.services.contracts.PutPlan(ctx.caller, *id, *version, *plan));
}

Result<Response> CustomerSummary(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto s = ctx.services.contracts.CustomerSummaryOf(ctx.caller, *id);
  if (!s.ok()) return s.status();
  return JsonResponse(200, CustomerSummaryJson(*s));
}

// ---- Receipts ----

bool IsReceiptStatus(const std::string& s) { return s == "pending" || s == "confirmed" || s == "rejected"; }
bool IsInvoiceStatus(const std::string& s) { return s == "issued" || s == "void"; }

Result<Response> ListReceipts(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-receivedOn", {"receivedOn", "amountFen"});
  if (!page.ok()) return page.status();
  contracts::ReceiptFilter f;
  f.mine = ctx.req.Query("mine").value_or("") == "true";
  if (Status s = IdQueries(ctx, {{"contractId", &f.contract_id},
                                 {"customerId", &f.customer_id},
                                 {"ownerId", &f.owner_id},
                                 {"departmentId", &f.department_id}});
      !s.ok())
    return s;
  if (Status s = StatusAndDates(ctx, IsReceiptStatus, f); !s.ok()) return s;
  auto list = ctx.services.money.Receipts(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, ReceiptJson));
}

Result<Response> CreateReceipt(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  contracts::ReceiptInput r;
  r.amount_fen = in.Int("amountFen", true).value_or(0);
  r.received_on = in.String("receivedOn", true, 10).value_or("");
  r.method = in.String("method", true, 20).value_or("");
  r.account = in.String("account", false, 200).value_or("");
  r.notes = in.String("notes", false, 2000).value_or("");
  r.allocations = ReadObjects<contracts::Allocation>(in, *obj, "allocations", [](FieldReader& ar, const json::object&) {
    contracts::Allocation a;
    a.instalment_id = ar.IdField("instalmentId", true).value_or(0);
    a.amount_fen = ar.Int("amountFen", true).value_or(0);
    return a;
  });
  if (Status s = in.Finish(); !s.ok()) return s;
  auto out = ctx.services.money.Receive(ctx.caller, *id, r);
  if (!out.ok()) return out.status();
  return JsonResponse(201, ReceiptJson(*out));
}

Result<Response> GetReceipt(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.money.GetReceipt(ctx.caller, *id);
  if (!r.ok()) return r.status();
  return JsonResponse(200, ReceiptJson(*r));
}

Result<Response> DeleteReceipt(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.money.DeleteReceipt(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// ---- Receivables ----

Result<contracts::ReceivableFilter> ReadReceivableFilter(Context& ctx, std::string* query) {
  contracts::ReceivableFilter f;
  f.mine = ctx.req.Query("mine").value_or("") == "true";
  if (Status s = IdQueries(ctx, {{"ownerId", &f.owner_id}, {"departmentId", &f.department_id},
                                 {"customerId", &f.customer_id}});
      !s.ok())
    return s;
  f.bucket = ctx.req.Query("bucket").value_or("");
  if (!f.bucket.empty() && !contracts::IsBucket(f.bucket)) return Status::Validation({{"bucket", "invalid_value"}});
  if (query) {
    if (f.owner_id) *query += "&ownerId=" + IdToString(*f.owner_id);
    if (f.department_id) *query += "&departmentId=" + IdToString(*f.department_id);
    if (f.customer_id) *query += "&customerId=" + IdToString(*f.customer_id);
  }
  return f;
}

Result<Response> ListReceivables(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "dueDate", {"dueDate", "owedFen"});
  if (!page.ok()) return page.status();
  auto f = ReadReceivableFilter(ctx, nullptr);
  if (!f.ok()) return f.status();
  std::string today;
  auto list = ctx.services.money.Receivables(ctx.caller, *f, *page, &today);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, [&](const contracts::Instalment& i) { return ReceivableJson(i, today); }));
}

Result<Response> Ageing(Context& ctx) {
  std::string query;
  auto f = ReadReceivableFilter(ctx, &query);
  if (!f.ok()) return f.status();
  if (!f->bucket.empty()) return Status::Validation({{"bucket", "invalid_value"}});
  auto a = ctx.services.money.AgeingOf(ctx.caller, *f);
  if (!a.ok()) return a.status();
  return JsonResponse(200, AgeingJson(*a, query));
}

// ---- Invoices ----

Result<Response> ListInvoices(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-issuedOn", {"issuedOn"});
  if (!page.ok()) return page.status();
  contracts::InvoiceFilter f;
  f.mine = ctx.req.Query("mine").value_or("") == "true";
  if (Status s = IdQueries(ctx, {{"contractId", &f.contract_id}, {"customerId", &f.customer_id}}); !s.ok()) return s;
  if (Status s = StatusAndDates(ctx, IsInvoiceStatus, f); !s.ok()) return s;
  auto list = ctx.services.money.Invoices(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, InvoiceJson));
}

Result<Response> CreateInvoice(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  contracts::Invoice v;
  v.type = in.String("type", true, 20).value_or("");
  v.number = in.String("number", true, 200).value_or("");
  v.title = in.String("title", false, 200).value_or("");
  v.tax_no = in.String("taxNo", false, 64).value_or("");
  v.amount_fen = in.Int("amountFen", true).value_or(0);
  v.issued_on = in.String("issuedOn", true, 10).value_or("");
  v.notes = in.String("notes", false, 2000).value_or("");
  if (Status s = in.Finish(); !s.ok()) return s;
  auto out = ctx.services.money.Issue(ctx.caller, *id, v);
  if (!out.ok()) return out.status();
  return JsonResponse(201, InvoiceJson(*out));
}

Result<Response> VoidInvoice(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto reason = ReadReason(ctx.req.body, false);
  if (!reason.ok()) return reason.status();
  auto out = ctx.services.money.VoidInvoice(ctx.caller, *id, *reason);
  if (!out.ok()) return out.status();
  return JsonResponse(200, InvoiceJson(*out));
}

}  // namespace

void AddContractRoutes(Router& router) {
  router.Add({"GET", "/api/v1/contract-settings", GetSettings});
  router.Add({"PUT", "/api/v1/contract-settings", PutSettings, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/contracts", ListContracts});
  router.Add({"POST", "/api/v1/contracts", CreateContract, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/contracts/{id}", GetContract});
  router.Add({"PATCH", "/api/v1/contracts/{id}", UpdateContract, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/contracts/{id}", DeleteContract, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/contracts/{id}/submit", SubmitContract, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/contracts/{id}/void", VoidContract, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/contracts/{id}/renew", RenewContract, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/contracts/{id}/changes", ListChanges});
  router.Add({"POST", "/api/v1/contracts/{id}/changes", RequestChange, Access::kSession, Runs::kBlocking});
  router.Add({"PUT", "/api/v1/contracts/{id}/instalments", PutInstalments, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/customers/{id}/contracts-summary", CustomerSummary});
}

void AddMoneyRoutes(Router& router) {
  router.Add({"GET", "/api/v1/receipts", ListReceipts});
  router.Add({"POST", "/api/v1/contracts/{id}/receipts", CreateReceipt, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/receipts/{id}", GetReceipt});
  router.Add({"DELETE", "/api/v1/receipts/{id}", DeleteReceipt, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/receivables", ListReceivables});
  router.Add({"GET", "/api/v1/receivables/ageing", Ageing});
  router.Add({"GET", "/api/v1/invoices", ListInvoices});
  router.Add({"POST", "/api/v1/contracts/{id}/invoices", CreateInvoice, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/invoices/{id}/void", VoidInvoice, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
