#include "http/org_json.h"

#include "http/json_io.h"

namespace quanke::http {

boost::json::object TenantJson(const org::Tenant& t) {
  return {{"id", IdToString(t.id)}, {"code", t.code}, {"name", t.name}, {"timeZone", t.time_zone}};
}

boost::json::object UserJson(const org::User& u) {
  boost::json::array roles;
  for (const auto& r : u.roles) roles.push_back(boost::json::object{{"id", IdToString(r.id)}, {"name", r.name}});
  boost::json::object o{{"id", IdToString(u.id)},
                        {"username", u.username},
                        {"name", u.name},
                        {"departmentId", IdToString(u.department_id)},
                        {"departmentName", u.department_name},
                        {"isDepartmentHead", u.is_department_head},
                        {"isExecutive", u.is_executive},
                        {"status", org::UserStatusName(u.status)},
                        {"roles", std::move(roles)}};
  o["mobile"] = TextJson(u.mobile);
  o["email"] = TextJson(u.email);
  o["createdAt"] = InstantJson(u.created_at);
  o["updatedAt"] = InstantJson(u.updated_at);
  o["lastLoginAt"] = InstantJson(u.last_login_at);
  return o;
}

boost::json::object DepartmentJson(const org::Department& d) {
  boost::json::object o{{"id", IdToString(d.id)},
                        {"name", d.name},
                        {"sortOrder", d.sort_order},
                        {"memberCount", d.member_count}};
  o["parentId"] = IdJson(d.parent_id);
  o["createdAt"] = InstantJson(d.created_at);
  o["updatedAt"] = InstantJson(d.updated_at);
  return o;
}

boost::json::object RoleJson(const org::Role& r) {
  boost::json::array permissions;
  for (const auto& p : r.permissions) permissions.push_back(boost::json::value(p));
  boost::json::object o{{"id", IdToString(r.id)},
                        {"name", r.name},
                        {"description", r.description},
                        {"dataScope", org::DataScopeName(r.scope)},
                        {"permissions", std::move(permissions)},
                        {"builtin", r.builtin},
                        {"userCount", r.user_count}};
  o["code"] = TextJson(r.code);
  o["createdAt"] = InstantJson(r.created_at);
  o["updatedAt"] = InstantJson(r.updated_at);
  return o;
}

}  // namespace quanke::http
