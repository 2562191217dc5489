#pragma once

#include <boost/json/object.hpp>

#include "core/time_zone.h"
#include "domain/leads/lead_service.h"

namespace quanke::http {

boost::json::object LeadJson(const leads::LeadView& v, LocalDate today);
boost::json::object LeadDetailJson(const leads::LeadDetail& d, LocalDate today);
boost::json::object LeadHistoryJson(const leads::LeadHistoryEntry& h);
boost::json::object LeadSourceJson(const leads::LeadSource& s);
boost::json::object PushRuleJson(const leads::PushRule& r);
boost::json::object LeadMatchJson(const leads::LeadMatch& m);

}  // namespace quanke::http
