#pragma once

#include <boost/json/object.hpp>

#include "domain/deals/deal_service.h"

namespace quanke::http {

boost::json::object SalesProcessJson(const deals::SalesProcess& p);
boost::json::object OpportunityJson(const deals::OpportunityView& v);
boost::json::object OpportunityDetailJson(const deals::OpportunityDetail& d);
boost::json::object StageChangeJson(const deals::StageChange& c);

}  // namespace quanke::http
