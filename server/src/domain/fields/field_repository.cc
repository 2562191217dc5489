#include "domain/fields/field_repository.h"

#include <boost/json.hpp>

#include "core/text_list.h"

namespace quanke::fields {
namespace {
namespace json = boost::json;
using storage::Connection;
using storage::Params;
using storage::V;

constexpr std::string_view kFieldSelect =
    "SELECT id, object, key, label, type, options, required, unique_values, default_value, visible_roles, "
    "position, created_at, updated_at, deleted_at FROM custom_fields ";

std::vector<std::string> OptionsFrom(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& o : v.as_array())
    if (o.is_string()) out.emplace_back(o.as_string());
  return out;
}

std::string OptionsText(const std::vector<std::string>& options) {
  json::array a;
  for (const auto& o : options) a.emplace_back(o);
  return json::serialize(a);
}

std::string RolesText(const std::vector<Id>& roles) {
  std::vector<std::string> items;
  for (Id r : roles) items.push_back(std::to_string(r));
  return JoinList(items);
}

Field ReadField(storage::Row& r) {
  Field f;
  size_t i = 0;
  f.id = r.Int(i++);
  f.object = r.TakeText(i++);
  f.key = r.TakeText(i++);
  f.label = r.TakeText(i++);
  f.type = r.TakeText(i++);
  f.options = OptionsFrom(r.Text(i++));
  f.required = r.Bool(i++);
  f.unique = r.Bool(i++);
  f.default_value = r.TakeOptText(i++);
  for (const auto& id : SplitList(r.Text(i++))) f.visible_roles.push_back(std::stoll(id));
  f.position = r.Int(i++);
  f.created_at = r.Int(i++);
  f.updated_at = r.Int(i++);
  f.deleted_at = r.OptInt(i++);
  return f;
}

Result<std::vector<std::pair<Id, std::string>>> IdNames(Connection& conn, const char* sql, Id tenant_id) {
  auto r = conn.Query(sql, {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, std::string>> out;
  for (auto& row : r->rows) out.emplace_back(row.Int(0), row.TakeText(1));
  return out;
}

}  // namespace

Result<std::vector<Field>> ListFields(Connection& conn, Id tenant_id, const std::string& object) {
  auto r = conn.Query(std::string(kFieldSelect) + "WHERE tenant_id = $1 AND object = $2 ORDER BY position, id",
                      {V(tenant_id), V(object)});
  if (!r.ok()) return r.status();
  std::vector<Field> out;
  for (auto& row : r->rows) out.push_back(ReadField(row));
  return out;
}

Result<Field> GetField(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kFieldSelect) + "WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadField(r->rows.front());
}

Status InsertField(Connection& conn, Id tenant_id, const Field& f) {
  return conn.Exec(
      "INSERT INTO custom_fields (tenant_id, id, object, key, label, type, options, required, unique_values, "
      "default_value, visible_roles, position, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
      {V(tenant_id), V(f.id), V(f.object), V(f.key), V(f.label), V(f.type), V(OptionsText(f.options)),
       V(f.required), V(f.unique), V(f.default_value), V(RolesText(f.visible_roles)), V(f.position),
       V(f.created_at), V(f.updated_at)});
}

Status UpdateField(Connection& conn, Id tenant_id, const Field& f) {
  return conn.Exec(
      "UPDATE custom_fields SET label = $3, options = $4, required = $5, unique_values = $6, default_value = $7, "
      "visible_roles = $8, position = $9, updated_at = $10, deleted_at = $11 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(f.id), V(f.label), V(OptionsText(f.options)), V(f.required), V(f.unique),
       V(f.default_value), V(RolesText(f.visible_roles)), V(f.position), V(f.updated_at), V(f.deleted_at)});
}

Result<std::pair<std::int64_t, std::int64_t>> CountFields(Connection& conn, Id tenant_id, const std::string& object) {
  auto r = conn.Query(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN deleted_at IS NULL THEN 1 ELSE 0 END), 0) FROM custom_fields "
      "WHERE tenant_id = $1 AND object = $2",
      {V(tenant_id), V(object)});
  if (!r.ok()) return r.status();
  return std::pair{r->front().Int(0), r->front().Int(1)};
}

Result<std::vector<Id>> RoleIdsOf(Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query("SELECT role_id FROM user_roles WHERE tenant_id = $1 AND user_id = $2", {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (const auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

Result<std::vector<Id>> DepartmentChain(Connection& conn, Id tenant_id, Id department_id) {
  auto r = conn.Query(
      "WITH RECURSIVE chain(id, parent_id, depth) AS ("
      "SELECT id, parent_id, 0 FROM departments WHERE tenant_id = $1 AND id = $2 "
      "UNION ALL SELECT d.id, d.parent_id, c.depth + 1 FROM departments d JOIN chain c "
      "ON d.tenant_id = $1 AND d.id = c.parent_id WHERE c.depth < 64) "
      "SELECT id FROM chain ORDER BY depth",
      {V(tenant_id), V(department_id)});
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (const auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

Result<bool> UserExists(Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query("SELECT 1 FROM users WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<bool> DepartmentExists(Connection& conn, Id tenant_id, Id department_id) {
  auto r = conn.Query("SELECT 1 FROM departments WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(department_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<std::vector<std::pair<Id, std::string>>> UserNames(Connection& conn, Id tenant_id) {
  return IdNames(conn, "SELECT id, name FROM users WHERE tenant_id = $1", tenant_id);
}

Result<std::vector<std::pair<Id, std::string>>> DepartmentNames(Connection& conn, Id tenant_id) {
  return IdNames(conn, "SELECT id, name FROM departments WHERE tenant_id = $1", tenant_id);
}

Status ReplaceValues(Connection& conn, Id tenant_id, Id record_id, const std::vector<Id>& field_ids,
                     const std::vector<IndexedValue>& values) {
  if (field_ids.empty()) return Status::Ok();
  Params del{V(tenant_id), V(record_id)};
  const std::string in = storage::AppendIds(del, field_ids);
  if (Status s = conn.Exec("DELETE FROM custom_values WHERE tenant_id = $1 AND record_id = $2 AND field_id IN (" +
                               in + ")",
                           del);
      !s.ok())
    return s;
  if (values.empty()) return Status::Ok();
  std::string sql = "INSERT INTO custom_values (tenant_id, field_id, value, record_id, number) VALUES ";
  Params p{V(tenant_id), V(record_id)};
  for (size_t i = 0; i < values.size(); ++i) {
    const size_t n = p.size();
    sql += (i ? ", " : "") + std::string("($1, $") + std::to_string(n + 1) + ", $" + std::to_string(n + 2) +
           ", $2, $" + std::to_string(n + 3) + ")";
    p.push_back(V(values[i].field_id));
    p.push_back(V(values[i].value));
    p.push_back(V(values[i].number));
  }
  return conn.Exec(sql, p);
}

Result<bool> ValueTaken(Connection& conn, Id tenant_id, Id field_id, const std::string& value, Id record_id) {
  auto r = conn.Query(
      "SELECT 1 FROM custom_values WHERE tenant_id = $1 AND field_id = $2 AND value = $3 AND record_id <> $4 LIMIT 1",
      {V(tenant_id), V(field_id), V(value), V(record_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<bool> HasDuplicateValues(Connection& conn, Id tenant_id, Id field_id) {
  auto r = conn.Query(
      "SELECT 1 FROM custom_values WHERE tenant_id = $1 AND field_id = $2 GROUP BY value HAVING COUNT(*) > 1 LIMIT 1",
      {V(tenant_id), V(field_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

namespace {
// The condition's test of one custom_values row `v`, its parameters numbered on.
std::string ValueTest(const Condition& c, Params& params) {
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  std::string sql = " AND v.field_id = " + next();
  params.push_back(V(c.field_id));
  switch (c.kind) {
    case Condition::Kind::kEqual:
      sql += " AND v.value = " + next();
      params.push_back(V(c.text));
      break;
    case Condition::Kind::kContains: {
      std::string escaped;
      for (char ch : c.text) {
        if (ch == '%' || ch == '_' || ch == '\\') escaped.push_back('\\');
        escaped.push_back(ch);
      }
      sql += " AND v.value LIKE " + next() + " ESCAPE '\\'";
      params.push_back(V("%" + escaped + "%"));
      break;
    }
    case Condition::Kind::kNumberRange:
      if (c.number_from) {
        sql += " AND v.number >= " + next();
        params.push_back(V(*c.number_from));
      }
      if (c.number_to) {
        sql += " AND v.number <= " + next();
        params.push_back(V(*c.number_to));
      }
      break;
    case Condition::Kind::kTextRange:
      if (c.text_from) {
        sql += " AND v.value >= " + next();
        params.push_back(V(*c.text_from));
      }
      if (c.text_to) {
        sql += " AND v.value <= " + next();
        params.push_back(V(*c.text_to));
      }
      break;
  }
  return sql;
}
}  // namespace

Result<std::int64_t> CountMatchesUpTo(Connection& conn, Id tenant_id, const Condition& c, int limit) {
  Params p{V(tenant_id)};
  const std::string test = ValueTest(c, p);
  auto r = conn.Query("SELECT COUNT(*) FROM (SELECT 1 FROM custom_values v WHERE v.tenant_id = $1" + test +
                          " LIMIT " + std::to_string(limit) + ") m",
                      p);
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

void AppendCondition(const Condition& c, std::string_view record_column, std::string& where, Params& params) {
  if (c.dense) {
    where += " AND EXISTS (SELECT 1 FROM custom_values v WHERE v.tenant_id = $1 AND v.record_id = " +
             std::string(record_column);
    where += ValueTest(c, params) + ")";
    return;
  }
  where += " AND " + std::string(record_column) + " IN (SELECT v.record_id FROM custom_values v WHERE v.tenant_id = $1";
  where += ValueTest(c, params) + ")";
}

Result<std::optional<std::string>> GetLayout(Connection& conn, Id tenant_id, const std::string& object,
                                             Id department_id) {
  auto r = conn.Query("SELECT groups FROM form_layouts WHERE tenant_id = $1 AND object = $2 AND department_id = $3",
                      {V(tenant_id), V(object), V(department_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->rows.front().TakeText(0));
}

Result<std::optional<std::pair<Id, std::string>>> FirstLayout(Connection& conn, Id tenant_id,
                                                              const std::string& object,
                                                              const std::vector<Id>& chain) {
  using Found = std::optional<std::pair<Id, std::string>>;
  if (chain.empty()) return Found();
  Params p{V(tenant_id), V(object)};
  const std::string in = storage::AppendIds(p, chain);
  auto r = conn.Query("SELECT department_id, groups FROM form_layouts WHERE tenant_id = $1 AND object = $2 "
                      "AND department_id IN (" + in + ")",
                      p);
  if (!r.ok()) return r.status();
  for (Id d : chain)
    for (auto& row : r->rows)
      if (row.Int(0) == d) return Found(std::pair{d, row.TakeText(1)});
  return Found();
}

Status PutLayout(Connection& conn, Id tenant_id, const std::string& object, Id department_id,
                 const std::string& groups_json, Id by, Instant at) {
  return conn.Exec(
      "INSERT INTO form_layouts (tenant_id, object, department_id, groups, updated_by, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, object, department_id) "
      "DO UPDATE SET groups = excluded.groups, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
      {V(tenant_id), V(object), V(department_id), V(groups_json), V(by), V(at)});
}

Result<bool> DeleteLayout(Connection& conn, Id tenant_id, const std::string& object, Id department_id) {
  auto r = conn.Query("DELETE FROM form_layouts WHERE tenant_id = $1 AND object = $2 AND department_id = $3",
                      {V(tenant_id), V(object), V(department_id)});
  if (!r.ok()) return r.status();
  return r->affected > 0;
}

}  // namespace quanke::fields
