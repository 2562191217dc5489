#include "domain/org/user_repository.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/org/policy.h"

namespace quanke::org {
namespace {
using storage::V;

constexpr const char* kColumns =
    "SELECT u.id, u.username, u.name, u.mobile, u.email, u.department_id, d.name, "
    "u.is_department_head, u.is_executive, u.status, u.created_at, u.updated_at, "
    "u.last_login_at FROM users u LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND "
    "d.id = u.department_id ";

User ReadUser(const storage::Row& r) {
  User u;
  u.id = r.Int(0);
  u.username = r.Text(1);
  u.name = r.Text(2);
  u.mobile = r.OptText(3);
  u.email = r.OptText(4);
  u.department_id = r.Int(5);
  u.department_name = r.Text(6);
  u.is_department_head = r.Bool(7);
  u.is_executive = r.Bool(8);
  ParseUserStatus(r.Text(9), &u.status);
  u.created_at = r.Int(10);
  u.updated_at = r.Int(11);
  u.last_login_at = r.OptInt(12);
  return u;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string SearchText(const User& u) {
  return Lower(u.name + " " + u.username + " " + u.mobile.value_or("") + " " + u.email.value_or(""));
}

std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// Loads the roles of the listed users with one query.
Status AttachRoles(storage::Connection& conn, Id tenant_id, std::vector<User>& users) {
  if (users.empty()) return Status::Ok();
  std::string sql =
      "SELECT ur.user_id, r.id, r.name FROM user_roles ur JOIN roles r ON r.tenant_id = "
      "ur.tenant_id AND r.id = ur.role_id WHERE ur.tenant_id = $1 AND ur.user_id IN (";
  storage::Params params{V(tenant_id)};
  for (size_t i = 0; i < users.size(); ++i) {
    sql += (i ? ", $" : "$") + std::to_string(i + 2);
    params.push_back(V(users[i].id));
  }
  sql += ") ORDER BY r.name";
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  std::map<Id, std::vector<RoleRef>> by_user;
  for (const auto& row : r->rows) by_user[row.Int(0)].push_back({row.Int(1), row.Text(2)});
  for (auto& u : users) u.roles = by_user[u.id];
  return Status::Ok();
}

const char* SortColumn(std::string_view field) {
  if (field == "username") return "u.username";
  if (field == "createdAt") return "u.created_at";
  return "u.name";
}
}  // namespace

bool IsUserSortField(std::string_view field) {
  return field == "name" || field == "username" || field == "createdAt";
}

Result<Page<User>> ListUsers(storage::Connection& conn, const Caller& caller,
                             const UserFilter& filter, const PageRequest& page) {
  std::string where = "WHERE u.tenant_id = $1";
  storage::Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };

  ScopeFilter scope = OwnerScopeFilter(caller, "u.id", static_cast<int>(params.size() + 1));
  where += " AND " + scope.sql;
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  if (!filter.q.empty() && filter.q_names_only) {
    where += " AND (lower(u.name) LIKE " + next() + " ESCAPE '\\' OR lower(u.username) LIKE $" +
             std::to_string(params.size() + 1) + " ESCAPE '\\')";
    params.push_back(V("%" + EscapeLike(Lower(filter.q)) + "%"));
  } else if (!filter.q.empty()) {
    where += " AND u.search_text LIKE " + next() + " ESCAPE '\\'";
    params.push_back(V("%" + EscapeLike(Lower(filter.q)) + "%"));
  }
  if (filter.department_id) {
    where += " AND u.department_id = " + next();
    params.push_back(V(*filter.department_id));
  }
  if (filter.status) {
    where += " AND u.status = " + next();
    params.push_back(V(UserStatusName(*filter.status)));
  }
  if (filter.role_id) {
    where += " AND EXISTS (SELECT 1 FROM user_roles fr WHERE fr.tenant_id = u.tenant_id AND "
             "fr.user_id = u.id AND fr.role_id = " + next() + ")";
    params.push_back(V(*filter.role_id));
  }
  if (!filter.include_executives) where += " AND u.is_executive = 0";

  Page<User> out;
  auto count = conn.Query("SELECT COUNT(*) FROM users u " + where, params);
  if (!count.ok()) return count.status();
  out.total = count->front().Int(0);

  const std::string col = SortColumn(page.sort);
  const bool numeric = page.sort == "createdAt";
  const char* cmp = page.descending ? "<" : ">";
  if (!page.cursor.empty()) {
    std::string value;
    Id last_id = 0;
    if (!DecodeCursor(page.cursor, &value, &last_id))
      return Status::Validation({{"cursor", "invalid_value"}});
    const std::string pv = next();
    params.push_back(numeric ? V(static_cast<std::int64_t>(std::atoll(value.c_str()))) : V(value));
    const std::string pi = next();
    params.push_back(V(last_id));
    where += " AND (" + col + " " + cmp + " " + pv + " OR (" + col + " = " + pv + " AND u.id " +
             cmp + " " + pi + "))";
  }
  const char* dir = page.descending ? " DESC" : " ASC";
  const std::string sql = std::string(kColumns) + where + " ORDER BY " + col + dir + ", u.id" +
                          dir + " LIMIT " + std::to_string(page.limit + 1);
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows) out.items.push_back(ReadUser(row));
  TrimToPage(out, page.limit, [&](const User& last) {
    return page.sort == "createdAt" ? std::to_string(last.created_at)
           : page.sort == "username" ? last.username
                                     : last.name;
  });
  if (Status s = AttachRoles(conn, caller.tenant_id, out.items); !s.ok()) return s;
  return out;
}

Result<User> GetUser(storage::Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kColumns) + "WHERE u.tenant_id = $1 AND u.id = $2",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  std::vector<User> users{ReadUser(r->front())};
  if (Status s = AttachRoles(conn, tenant_id, users); !s.ok()) return s;
  return users.front();
}

std::string UserName(storage::Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query("SELECT name FROM users WHERE tenant_id = $1 AND id = $2",
                      {V(tenant_id), V(user_id)});
  return r.ok() && !r->empty() ? r->front().Text(0) : std::string();
}

Result<std::optional<std::string>> ActiveUserName(storage::Connection& conn, Id tenant_id,
                                                  Id user_id) {
  auto r =
      conn.Query("SELECT name FROM users WHERE tenant_id = $1 AND id = $2 AND status = 'active'",
                 {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->front().Text(0));
}

namespace {
Result<std::vector<UserBrief>> Briefs(storage::Connection& conn, const std::string& sql, const storage::Params& params) {
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  std::vector<UserBrief> out;
  out.reserve(r->rows.size());
  for (auto& row : r->rows)
    out.push_back({row.Int(0), row.TakeText(1), row.Int(2), row.Text(3) == "active"});
  return out;
}
}  // namespace

Result<std::vector<UserBrief>> UserBriefs(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids) {
  if (ids.empty()) return std::vector<UserBrief>{};
  storage::Params params{V(tenant_id)};
  const std::string in = storage::AppendIds(params, ids);
  return Briefs(conn, "SELECT id, name, department_id, status FROM users WHERE tenant_id = $1 AND id IN (" + in + ")",
                params);
}

Result<std::vector<UserBrief>> AllUserBriefs(storage::Connection& conn, Id tenant_id) {
  return Briefs(conn, "SELECT id, name, department_id, status FROM users WHERE tenant_id = $1 ORDER BY name, id",
                {V(tenant_id)});
}

Result<std::vector<UserBrief>> DepartmentHeads(storage::Connection& conn, Id tenant_id) {
  return Briefs(conn,
                "SELECT id, name, department_id, status FROM users WHERE tenant_id = $1 AND is_department_head = 1 "
                "ORDER BY id",
                {V(tenant_id)});
}

Result<std::vector<UserBrief>> RoleMembers(storage::Connection& conn, Id tenant_id, Id role_id) {
  return Briefs(conn,
                "SELECT u.id, u.name, u.department_id, u.status FROM user_roles r JOIN users u ON u.tenant_id = "
                "r.tenant_id AND u.id = r.user_id WHERE r.tenant_id = $1 AND r.role_id = $2 ORDER BY u.id",
                {V(tenant_id), V(role_id)});
}

Result<std::optional<LoginRecord>> FindLoginRecord(storage::Connection& conn, Id tenant_id,
                                                   const std::string& username_or_mobile) {
  auto r = conn.Query(
      "SELECT id, password_hash, status FROM users WHERE tenant_id = $1 AND username = $2 "
      "UNION ALL SELECT id, password_hash, status FROM users WHERE tenant_id = $1 AND mobile = $2 "
      "AND username <> $2",
      {V(tenant_id), V(username_or_mobile)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<LoginRecord>();
  LoginRecord rec;
  rec.user_id = r->front().Int(0);
  rec.password_hash = r->front().Text(1);
  ParseUserStatus(r->front().Text(2), &rec.status);
  return std::optional<LoginRecord>(rec);
}

Result<bool> UsernameTaken(storage::Connection& conn, Id tenant_id, const std::string& username,
                           Id except_user_id) {
  auto r = conn.Query("SELECT 1 FROM users WHERE tenant_id = $1 AND username = $2 AND id <> $3",
                      {V(tenant_id), V(username), V(except_user_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<bool> MobileTaken(storage::Connection& conn, Id tenant_id, const std::string& mobile,
                         Id except_user_id) {
  auto r = conn.Query("SELECT 1 FROM users WHERE tenant_id = $1 AND mobile = $2 AND id <> $3",
                      {V(tenant_id), V(mobile), V(except_user_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Status InsertUser(storage::Connection& conn, Id tenant_id, const User& u,
                  const std::string& password_hash) {
  if (Status s = conn.Exec(
          "INSERT INTO users (tenant_id, id, username, mobile, email, name, search_text, "
          "password_hash, department_id, is_department_head, is_executive, status, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
          {V(tenant_id), V(u.id), V(u.username), V(u.mobile), V(u.email), V(u.name),
           V(SearchText(u)), V(password_hash), V(u.department_id), V(u.is_department_head),
           V(u.is_executive), V(UserStatusName(u.status)), V(u.created_at), V(u.updated_at)});
      !s.ok())
    return s;
  // The first stay begins at 0: what was recorded before the person joined counts there too.
  return conn.Exec(
      "INSERT INTO user_departments (tenant_id, user_id, from_at, to_at, department_id) VALUES ($1, $2, 0, NULL, $3)",
      {V(tenant_id), V(u.id), V(u.department_id)});
}

Status UpdateUser(storage::Connection& conn, Id tenant_id, const User& u) {
  if (Status s = conn.Exec(
          "UPDATE users SET mobile = $3, email = $4, name = $5, search_text = $6, department_id = $7, "
          "is_department_head = $8, is_executive = $9, status = $10, updated_at = $11 "
          "WHERE tenant_id = $1 AND id = $2",
          {V(tenant_id), V(u.id), V(u.mobile), V(u.email), V(u.name), V(SearchText(u)),
           V(u.department_id), V(u.is_department_head), V(u.is_executive),
           V(UserStatusName(u.status)), V(u.updated_at)});
      !s.ok())
    return s;
  // A move ends the stay in the old department and begins one in the new (nothing when the
  // department is the same).
  const storage::Params p{V(tenant_id), V(u.id), V(u.updated_at), V(u.department_id)};
  if (Status s = conn.Exec(
          "UPDATE user_departments SET to_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND to_at IS NULL AND "
          "department_id <> $4",
          p);
      !s.ok())
    return s;
  return conn.Exec(
      "INSERT INTO user_departments (tenant_id, user_id, from_at, to_at, department_id) SELECT CAST($1 AS BIGINT), "
      "CAST($2 AS BIGINT), CAST($3 AS BIGINT), NULL, CAST($4 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "
      "user_departments WHERE tenant_id = $1 AND user_id = $2 AND to_at IS NULL)",
      p);
}

Result<std::vector<DepartmentStay>> MovedStays(storage::Connection& conn, Id tenant_id, Instant since) {
  auto r = conn.Query(
      "SELECT user_id, from_at, to_at, department_id FROM user_departments WHERE tenant_id = $1 AND user_id IN "
      "(SELECT user_id FROM user_departments WHERE tenant_id = $1 AND to_at IS NOT NULL AND to_at > $2) "
      "ORDER BY user_id, from_at",
      {V(tenant_id), V(since)});
  if (!r.ok()) return r.status();
  std::vector<DepartmentStay> out;
  for (const auto& row : r->rows) out.push_back(DepartmentStay{row.Int(0), row.Int(1), row.OptInt(2), row.Int(3)});
  return out;
}

Status SetUserRoles(storage::Connection& conn, Id tenant_id, Id user_id,
                    const std::vector<Id>& role_ids) {
  if (Status s = conn.Exec("DELETE FROM user_roles WHERE tenant_id = $1 AND user_id = $2",
                           {V(tenant_id), V(user_id)});
      !s.ok())
    return s;
  std::vector<Id> unique = role_ids;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  for (Id role_id : unique) {
    if (Status s = conn.Exec(
            "INSERT INTO user_roles (tenant_id, user_id, role_id) VALUES ($1, $2, $3)",
            {V(tenant_id), V(user_id), V(role_id)});
        !s.ok())
      return s;
  }
  return Status::Ok();
}

Status SetPasswordHash(storage::Connection& conn, Id tenant_id, Id user_id,
                       const std::string& password_hash, Instant now) {
  return conn.Exec(
      "UPDATE users SET password_hash = $3, updated_at = $4 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(user_id), V(password_hash), V(now)});
}

Status TouchLastLogin(storage::Connection& conn, Id tenant_id, Id user_id, Instant now) {
  return conn.Exec("UPDATE users SET last_login_at = $3 WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(user_id), V(now)});
}

Result<std::string> GetPasswordHash(storage::Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query("SELECT password_hash FROM users WHERE tenant_id = $1 AND id = $2",
                      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return r->front().Text(0);
}

}  // namespace quanke::org
