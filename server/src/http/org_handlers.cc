#include <boost/json.hpp>

#include "domain/fields/field_service.h"
#include "domain/org/audit_repository.h"
#include "domain/org/org_service.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "http/json_io.h"
#include "http/org_json.h"
#include "http/router.h"
#include "storage/database.h"

namespace quanke::http {
namespace {

using org::DataScope;

// ---- Departments ----

Result<org::DepartmentInput> ReadDepartment(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  org::DepartmentInput d;
  d.name = in.String("name", false, 300);
  d.parent_id = in.NullableId("parentId");
  d.sort_order = in.Int("sortOrder");
  if (Status s = in.Finish(); !s.ok()) return s;
  return d;
}

Result<Response> ListDepartments(Context& ctx) {
  auto list = ctx.services.org.ListDepartments(ctx.caller);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, DepartmentJson));
}

Result<Response> GetDepartment(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto d = ctx.services.org.GetDepartment(ctx.caller, *id);
  if (!d.ok()) return d.status();
  return JsonResponse(200, DepartmentJson(*d));
}

Result<Response> CreateDepartment(Context& ctx) {
  auto in = ReadDepartment(ctx.req.body);
  if (!in.ok()) return in.status();
  auto d = ctx.services.org.CreateDepartment(ctx.caller, *in);
  if (!d.ok()) return d.status();
  return JsonResponse(201, DepartmentJson(*d));
}

Result<Response> UpdateDepartment(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadDepartment(ctx.req.body);
  if (!in.ok()) return in.status();
  auto d = ctx.services.org.UpdateDepartment(ctx.caller, *id, *in);
  if (!d.ok()) return d.status();
  return JsonResponse(200, DepartmentJson(*d));
}

Result<Response> DeleteDepartment(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.org.DeleteDepartment(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// ---- Users ----

Result<org::UserInput> ReadUser(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  org::UserInput u;
  u.username = in.String("username", false, 64);
  u.name = in.String("name", false, 300);
  u.password = in.String("password", false, 256);
  u.mobile = in.NullableString("mobile", 32);
  u.email = in.NullableString("email", 254);
  u.department_id = in.IdField("departmentId");
  u.role_ids = in.IdArray("roleIds");
  u.is_department_head = in.Bool("isDepartmentHead");
  u.is_executive = in.Bool("isExecutive");
  u.status = in.Enum<org::UserStatus>("status", org::ParseUserStatus);
  if (Status s = in.Finish(); !s.ok()) return s;
  return u;
}

Result<Response> ListUsers(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "name", {"name", "username", "createdAt"});
  if (!page.ok()) return page.status();
  org::UserFilter filter;
  filter.q = ctx.req.Query("q").value_or("");
  if (filter.q.size() > 100) return Status::Validation({{"q", "too_long"}});
  auto department = ReadIdQuery(ctx.req, "departmentId");
  if (!department.ok()) return department.status();
  filter.department_id = *department;
  auto role = ReadIdQuery(ctx.req, "roleId");
  if (!role.ok()) return role.status();
  filter.role_id = *role;
  if (auto status = ctx.req.Query("status"); status && !status->empty()) {
    org::UserStatus st;
    if (!org::ParseUserStatus(*status, &st)) return Status::Validation({{"status", "invalid_value"}});
    filter.status = st;
  }
  auto users = ctx.services.org.ListUsers(ctx.caller, filter, *page);
  if (!users.ok()) return users.status();
  return JsonResponse(200, ListJson(*users, UserJson));
}

Result<Response> GetUser(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto u = ctx.services.org.GetUser(ctx.caller, *id);
  if (!u.ok()) return u.status();
  return JsonResponse(200, UserJson(*u));
}

Result<Response> CreateUser(Context& ctx) {
  auto in = ReadUser(ctx.req.body);
  if (!in.ok()) return in.status();
  auto u = ctx.services.org.CreateUser(ctx.caller, *in);
  if (!u.ok()) return u.status();
  return JsonResponse(201, UserJson(*u));
}

Result<Response> UpdateUser(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadUser(ctx.req.body);
  if (!in.ok()) return in.status();
  auto u = ctx.services.org.UpdateUser(ctx.caller, *id, *in);
  if (!u.ok()) return u.status();
  return JsonResponse(200, UserJson(*u));
}

Result<Response> ResetPassword(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto password = in.String("password", true, 256);
  if (Status s = in.Finish(); !s.ok()) return s;
  if (Status s = ctx.services.org.ResetPassword(ctx.caller, *id, *password); !s.ok()) return s;
  return NoContent();
}

// GET /users/lookup?q=: a few active colleagues by name, for pickers (@mentions, team members).
// Any signed-in user may look people up (an address book), not browse the organisation:
// only id, name and department, executives left out for those who cannot edit the organisation.
Result<Response> LookupUsers(Context& ctx) {
  auto users = ctx.services.org.LookupUsers(ctx.caller, ctx.req.Query("q").value_or(""));
  if (!users.ok()) return users.status();
  boost::json::array items;
  for (const auto& u : *users)
    items.push_back(boost::json::object{{"id", IdToString(u.id)}, {"name", u.name}, {"departmentName", u.department_name}});
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}, {"nextCursor", nullptr}});
}

// ---- Roles ----

Result<org::RoleInput> ReadRole(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  org::RoleInput r;
  r.name = in.String("name", false, 300);
  r.description = in.String("description", false, 2000);
  r.scope = in.Enum<DataScope>("dataScope", org::ParseDataScope);
  r.permissions = in.StringArray("permissions");
  if (Status s = in.Finish(); !s.ok()) return s;
  return r;
}

Result<Response> ListRoles(Context& ctx) {
  auto list = ctx.services.org.ListRoles(ctx.caller);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, RoleJson));
}

Result<Response> GetRole(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.org.GetRole(ctx.caller, *id);
  if (!r.ok()) return r.status();
  return JsonResponse(200, RoleJson(*r));
}

Result<Response> CreateRole(Context& ctx) {
  auto in = ReadRole(ctx.req.body);
  if (!in.ok()) return in.status();
  auto r = ctx.services.org.CreateRole(ctx.caller, *in);
  if (!r.ok()) return r.status();
  return JsonResponse(201, RoleJson(*r));
}

Result<Response> UpdateRole(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadRole(ctx.req.body);
  if (!in.ok()) return in.status();
  auto r = ctx.services.org.UpdateRole(ctx.caller, *id, *in);
  if (!r.ok()) return r.status();
  return JsonResponse(200, RoleJson(*r));
}

Result<Response> DeleteRole(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.org.DeleteRole(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// GET /permissions: the catalogue the role editor shows.
Result<Response> ListPermissions(Context& ctx) {
  auto catalogue = ctx.services.org.Permissions(ctx.caller);
  if (!catalogue.ok()) return catalogue.status();
  boost::json::array modules;
  for (const auto& m : *catalogue) {
    boost::json::array actions;
    for (const char* a : m.actions) actions.push_back(boost::json::value(a));
    modules.push_back(boost::json::object{{"module", m.module}, {"actions", std::move(actions)}});
  }
  return JsonResponse(200, boost::json::object{{"modules", std::move(modules)}});
}

// GET /audit-log: for administrators who see the whole company.
// Cuts from each customer's and lead's edit the changes of custom fields the reader's role does
// not see (docs/api-custom-fields.md "A field"): the audit log shows them to nobody the record's
// own pages would not.
Status CutHiddenCustomChanges(Context& ctx, std::vector<audit::Entry>& entries) {
  std::map<std::string, std::set<std::string>> hidden;  // by object type
  for (auto& e : entries) {
    if ((e.object_type != "customer" && e.object_type != "lead") ||
        e.details.find("\"customFields.") == std::string::npos)
      continue;
    auto known = hidden.find(e.object_type);
    if (known == hidden.end()) {
      auto keys = ctx.services.fields->HiddenKeys(ctx.caller, e.object_type);
      if (!keys.ok()) return keys.status();
      known = hidden.emplace(e.object_type, std::move(*keys)).first;
    }
    if (known->second.empty()) continue;
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(e.details, ec);
    auto* changes = !ec && v.is_object() ? v.as_object().if_contains("changes") : nullptr;
    if (!changes || !changes->is_array()) continue;
    auto& items = changes->as_array();
    const auto before = items.size();
    for (auto it = items.begin(); it != items.end();) {
      const auto* field = it->is_object() ? it->as_object().if_contains("field") : nullptr;
      const bool cut = field && field->is_string() && field->as_string().starts_with("customFields.") &&
                       known->second.count(std::string(field->as_string().subview(13)));
      it = cut ? items.erase(it) : it + 1;
    }
    if (items.size() != before) e.details = boost::json::serialize(v);
  }
  return Status::Ok();
}

Result<Response> ListAudit(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-at", {"at"});
  if (!page.ok()) return page.status();
  audit::Filter filter;
  const Request& r = ctx.req;
  filter.action = r.Query("action").value_or("");
  filter.object_type = r.Query("objectType").value_or("");
  if (filter.action.size() > 100) return Status::Validation({{"action", "too_long"}});
  if (filter.object_type.size() > 50) return Status::Validation({{"objectType", "too_long"}});
  for (auto [name, field] : {std::pair{"actorId", &filter.actor_id}, std::pair{"objectId", &filter.object_id}}) {
    auto id = ReadIdQuery(r, name);
    if (!id.ok()) return id.status();
    *field = *id;
  }
  for (auto [name, field] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
    auto text = r.Query(name);
    if (!text || text->empty()) continue;
    Instant t = 0;
    if (!ParseInstant(*text, &t)) return Status::Validation({{name, "invalid_value"}});
    *field = t;
  }
  auto entries = ctx.services.org.ListAudit(ctx.caller, filter, *page);
  if (!entries.ok()) return entries.status();
  if (Status s = CutHiddenCustomChanges(ctx, entries->items); !s.ok()) return s;
  return JsonResponse(200, ListJson(*entries, [](const audit::Entry& e) {
    boost::json::object o{{"id", IdToString(e.id)},
                          {"at", InstantJson(e.at)},
                          {"actorName", e.actor_name},
                          {"action", e.action},
                          {"objectType", e.object_type},
                          {"objectName", e.object_name},
                          {"ip", e.ip},
                          {"client", e.client},
                          {"requestId", e.request_id}};
    o["actorId"] = IdJson(e.actor_id);
    o["objectId"] = IdJson(e.object_id);
    boost::system::error_code ec;
    auto details = boost::json::parse(e.details, ec);
    o["details"] = ec ? boost::json::value(boost::json::object{}) : details;
    return o;
  }));
}

}  // namespace

void AddOrgRoutes(Router& router) {
  router.Add({"GET", "/api/v1/departments", ListDepartments});
  router.Add({"POST", "/api/v1/departments", CreateDepartment, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/departments/{id}", GetDepartment});
  router.Add({"PATCH", "/api/v1/departments/{id}", UpdateDepartment, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/departments/{id}", DeleteDepartment, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/users", ListUsers});
  router.Add({"POST", "/api/v1/users", CreateUser, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/users/lookup", LookupUsers});
  router.Add({"GET", "/api/v1/users/{id}", GetUser});
  router.Add({"PATCH", "/api/v1/users/{id}", UpdateUser, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/users/{id}/reset-password", ResetPassword, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/roles", ListRoles});
  router.Add({"POST", "/api/v1/roles", CreateRole, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/roles/{id}", GetRole});
  router.Add({"PATCH", "/api/v1/roles/{id}", UpdateRole, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/roles/{id}", DeleteRole, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/permissions", ListPermissions});
  router.Add({"GET", "/api/v1/audit-log", ListAudit});
}

}  // namespace quanke::http
