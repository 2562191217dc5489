#pragma once

#include <boost/json/object.hpp>

#include <bitset>
#include <string_view>

#include "domain/customers/customer_service.h"
#include "domain/notify/notifications.h"
#include "domain/ownership/ownership_service.h"
#include "domain/pool/pool_service.h"

namespace quanke::http {

// JSON shapes of docs/api-customers.md.

// A selection of a Customer's keys (`fields=name,city,…` on lists); id is always in it.
using CustomerFields = std::bitset<48>;
// validation.failed on "fields" for a key a Customer does not have.
Result<CustomerFields> ParseCustomerFields(std::string_view list);
// Whether `key` is in the selection (every key when there is none).
bool WantsCustomerField(const CustomerFields* only, std::string_view key);
// The whole Customer, or only the keys of `only`.
boost::json::object CustomerJson(const customers::CustomerView& v, LocalDate today,
                                 const CustomerFields* only = nullptr);
boost::json::object CustomerDetailJson(const customers::CustomerDetail& d, LocalDate today);
boost::json::object ContactJson(const customers::Contact& c);
boost::json::object HistoryJson(const customers::HistoryEntry& e);
boost::json::object ConflictMatchJson(const customers::ConflictMatch& m);
boost::json::object PoolJson(const pool::PoolView& p);
boost::json::object RuleVersionJson(const pool::RuleVersion& v);
boost::json::value PoolRulesJson(const pool::PoolRules& r);
boost::json::object SweepJson(const ownership::SweepResult& r);
// One item of a sweep preview (a customer's or a lead's): its ids and names under `object`
// ("customer" → customerId, customerName), then owner, pool and the governing deadline.
boost::json::object SweepItemJson(const char* object, Id id, const std::string& name, Id owner_id,
                                  const std::string& owner_name, Id pool_id, const std::string& pool_name,
                                  const pool::Deadline& deadline);
// `title` is rendered in `language` from the type and parameters (also sent as `params`).
boost::json::object NotificationJson(const notify::Notification& n, std::string_view language);

}  // namespace quanke::http
