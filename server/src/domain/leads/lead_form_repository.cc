#include "domain/leads/lead_form_repository.h"

#include <boost/json.hpp>

namespace quanke::leads {
namespace {
namespace json = boost::json;
using storage::Connection;
using storage::V;

// The form and the names its answer shows (pools belong to the pool module; the join stays here
// for the read).
constexpr std::string_view kFormSelect =
    "SELECT f.id, f.name, f.token, f.pool_id, COALESCE(p.name, ''), f.source_id, COALESCE(s.name, ''), "
    "f.campaign, f.fields, f.thanks, f.enabled, f.per_minute, f.created_at, f.updated_at, f.tenant_id "
    "FROM lead_forms f "
    "LEFT JOIN pools p ON p.tenant_id = f.tenant_id AND p.id = f.pool_id "
    "LEFT JOIN lead_sources s ON s.tenant_id = f.tenant_id AND s.id = f.source_id ";

// fields ⇄ [{"key","label","required"}]. Written only by this file, so a row that does not parse
// is a bug; it reads as no fields.
std::string FieldsToJson(const std::vector<FormField>& fields) {
  json::array a;
  for (const auto& f : fields) a.push_back(json::object{{"key", f.key}, {"label", f.label}, {"required", f.required}});
  return json::serialize(a);
}

std::vector<FormField> FieldsFromJson(const std::string& text) {
  std::vector<FormField> out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& item : v.as_array()) {
    const auto* o = item.if_object();
    if (!o) continue;
    FormField f;
    if (const auto* k = o->if_contains("key"); k && k->is_string()) f.key = std::string(k->get_string());
    if (const auto* l = o->if_contains("label"); l && l->is_string()) f.label = std::string(l->get_string());
    if (const auto* r = o->if_contains("required"); r && r->is_bool()) f.required = r->get_bool();
    out.push_back(std::move(f));
  }
  return out;
}

LeadForm ReadForm(storage::Row& r) {
  LeadForm f;
  f.id = r.Int(0);
  f.name = r.TakeText(1);
  f.token = r.TakeText(2);
  f.pool_id = r.Int(3);
  f.pool_name = r.TakeText(4);
  f.source_id = r.OptInt(5);
  f.source_name = r.TakeText(6);
  f.campaign = r.TakeText(7);
  f.fields = FieldsFromJson(r.Text(8));
  f.thanks = r.TakeText(9);
  f.enabled = r.Bool(10);
  f.per_minute = r.Int(11);
  f.created_at = r.Int(12);
  f.updated_at = r.Int(13);
  f.tenant_id = r.Int(14);
  return f;
}

}  // namespace

Result<std::vector<LeadForm>> ListForms(Connection& conn, const org::Caller& caller) {
  auto r = conn.Query(std::string(kFormSelect) + "WHERE f.tenant_id = $1 ORDER BY f.id DESC", {V(caller.tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<LeadForm> out;
  for (auto& row : r->rows) out.push_back(ReadForm(row));
  return out;
}

Result<LeadForm> GetForm(Connection& conn, const org::Caller& caller, Id id) {
  auto r = conn.Query(std::string(kFormSelect) + "WHERE f.tenant_id = $1 AND f.id = $2", {V(caller.tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadForm(r->rows.front());
}

Result<LeadForm> FormByToken(Connection& conn, const std::string& token) {
  auto r = conn.Query(std::string(kFormSelect) + "WHERE f.token = $1", {V(token)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadForm(r->rows.front());
}

Status InsertForm(Connection& conn, const org::Caller& caller, const LeadForm& f) {
  return conn.Exec(
      "INSERT INTO lead_forms (tenant_id, id, name, token, pool_id, source_id, campaign, fields, thanks, "
      "enabled, per_minute, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {V(caller.tenant_id), V(f.id), V(f.name), V(f.token), V(f.pool_id), V(f.source_id), V(f.campaign),
       V(FieldsToJson(f.fields)), V(f.thanks), V(f.enabled), V(f.per_minute), V(f.created_at), V(f.updated_at)});
}

Status UpdateForm(Connection& conn, const org::Caller& caller, const LeadForm& f) {
  return conn.Exec(
      "UPDATE lead_forms SET name = $3, token = $4, pool_id = $5, source_id = $6, campaign = $7, fields = $8, "
      "thanks = $9, enabled = $10, per_minute = $11, updated_at = $12 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(f.id), V(f.name), V(f.token), V(f.pool_id), V(f.source_id), V(f.campaign),
       V(FieldsToJson(f.fields)), V(f.thanks), V(f.enabled), V(f.per_minute), V(f.updated_at)});
}

Status DeleteForm(Connection& conn, const org::Caller& caller, Id id) {
  return conn.Exec("DELETE FROM lead_forms WHERE tenant_id = $1 AND id = $2", {V(caller.tenant_id), V(id)});
}

}  // namespace quanke::leads
