#include "domain/org/audit_repository.h"

namespace quanke::audit {
using storage::V;

namespace {
// The object's name as the log shows it, for the kinds people look for by name; read for the
// page's rows only (a correlated subquery per row). Deleted records keep their names; purged
// ones have none. The tables are other modules': read here for names only.
std::string ObjectNameSql() {
  static const std::pair<const char*, const char*> kNames[] = {
      {"customer", "SELECT o.name FROM customers o"},         {"contact", "SELECT o.name FROM contacts o"},
      {"lead", "SELECT o.name FROM leads o"},                 {"opportunity", "SELECT o.name FROM opportunities o"},
      {"contract", "SELECT o.number FROM contracts o"},       {"product", "SELECT o.name FROM products o"},
      {"user", "SELECT o.name FROM users o"},                 {"department", "SELECT o.name FROM departments o"},
      {"role", "SELECT o.name FROM roles o"},                 {"pool", "SELECT o.name FROM pools o"},
      {"sales_process", "SELECT o.name FROM sales_processes o"}, {"export", "SELECT o.file_name FROM export_jobs o"},
      {"import", "SELECT o.file_name FROM import_jobs o"},   {"custom_field", "SELECT o.label FROM custom_fields o"},
      {"form_layout", "SELECT o.name FROM departments o"},
  };
  std::string sql = "COALESCE(CASE a.object_type";
  for (const auto& [type, select] : kNames)
    sql += std::string(" WHEN '") + type + "' THEN (" + select + " WHERE o.tenant_id = a.tenant_id AND o.id = a.object_id)";
  return sql + " END, '')";
}
}  // namespace

Status Record(storage::Connection& conn, Id tenant_id, const Entry& e) {
  return conn.Defer(
      "INSERT INTO audit_log (tenant_id, id, at, actor_id, action, object_type, object_id, ip, "
      "request_id, details, client) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {V(tenant_id), V(e.id ? e.id : Ids().Next()), V(e.at), V(e.actor_id), V(e.action),
       V(e.object_type), V(e.object_id), V(e.ip), V(e.request_id), V(e.details), V(e.client)});
}

Status RecordAction(storage::Connection& conn, const org::Caller& caller, Instant at,
                    std::string action, std::string object_type, std::optional<Id> object_id,
                    std::string details) {
  Entry e;
  e.at = at;
  e.actor_id = caller.user_id;
  e.action = std::move(action);
  e.object_type = std::move(object_type);
  e.object_id = object_id;
  e.ip = caller.ip;
  e.client = caller.client;
  e.request_id = caller.request_id;
  e.details = std::move(details);
  return Record(conn, caller.tenant_id, e);
}

Result<Page<Entry>> ListEntries(storage::Connection& conn, Id tenant_id, const Filter& f,
                                const PageRequest& page) {
  std::string sql =
      "SELECT a.id, a.at, a.actor_id, u.name, a.action, a.object_type, a.object_id, a.ip, "
      "a.request_id, a.details, a.client, " + ObjectNameSql() +
      " FROM audit_log a LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.actor_id WHERE a.tenant_id = $1";
  storage::Params params{V(tenant_id)};
  auto where = [&](const std::string& condition, storage::Value value) {
    sql += " AND " + condition + " $" + std::to_string(params.size() + 1);
    params.push_back(std::move(value));
  };
  if (!f.action.empty() && f.action.back() == '.') {
    // A prefix: the range [prefix, prefix + 1 in the last byte), which the action index walks.
    std::string end = f.action;
    end.back() = '.' + 1;
    where("a.action >=", V(f.action));
    where("a.action <", V(end));
  } else if (!f.action.empty()) {
    where("a.action =", V(f.action));
  }
  if (f.actor_id) where("a.actor_id =", V(*f.actor_id));
  if (!f.object_type.empty()) where("a.object_type =", V(f.object_type));
  if (f.object_id) where("a.object_id =", V(*f.object_id));
  if (f.from) where("a.at >=", V(*f.from));
  if (f.to) where("a.at <", V(*f.to));
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last))
      return Status::Validation({{"cursor", "invalid_value"}});
    sql += " AND a.id < $" + std::to_string(params.size() + 1);
    params.push_back(V(last));
  }
  sql += " ORDER BY a.id DESC LIMIT " + std::to_string(page.limit + 1);
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  Page<Entry> out;
  for (const auto& row : r->rows) {
    Entry e;
    e.id = row.Int(0);
    e.at = row.Int(1);
    e.actor_id = row.OptInt(2);
    e.actor_name = row.Text(3);
    e.action = row.Text(4);
    e.object_type = row.Text(5);
    e.object_id = row.OptInt(6);
    e.ip = row.Text(7);
    e.request_id = row.Text(8);
    e.details = row.Text(9);
    e.client = row.Text(10);
    e.object_name = row.Text(11);
    out.items.push_back(std::move(e));
  }
  TrimToPage(out, page.limit);
  return out;
}

}  // namespace quanke::audit
