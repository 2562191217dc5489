#pragma once

#include <boost/json/object.hpp>

#include "domain/org/org_types.h"

namespace quanke::http {

// JSON shapes of the organisation objects (docs/api-org.md).
boost::json::object TenantJson(const org::Tenant& t);
boost::json::object UserJson(const org::User& u);
boost::json::object DepartmentJson(const org::Department& d);
boost::json::object RoleJson(const org::Role& r);

}  // namespace quanke::http
