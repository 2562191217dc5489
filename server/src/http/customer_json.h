#pragma once

#include <boost/json/object.hpp>

#include "domain/customers/customer_service.h"
#include "domain/notify/notifications.h"
#include "domain/pool/pool_service.h"

namespace quanke::http {

// JSON shapes of docs/api-customers.md.
boost::json::object CustomerJson(const customers::CustomerView& v, LocalDate today);
boost::json::object CustomerDetailJson(const customers::CustomerDetail& d, LocalDate today);
boost::json::object ContactJson(const customers::Contact& c);
boost::json::object HistoryJson(const customers::HistoryEntry& e);
boost::json::object ConflictMatchJson(const customers::ConflictMatch& m);
boost::json::object PoolJson(const pool::PoolView& p);
boost::json::object RuleVersionJson(const pool::RuleVersion& v);
boost::json::value PoolRulesJson(const pool::PoolRules& r);
boost::json::object SweepJson(const pool::SweepResult& r);
boost::json::object NotificationJson(const notify::Notification& n);

}  // namespace quanke::http
