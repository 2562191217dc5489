#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <vector>

#include "domain/contracts/contract_types.h"

// The JSON of what contracts store as text (attachment ids, a change order's money fields) and
// of their lines as the API shows them.
namespace quanke::contracts {

std::string IdsToJson(const std::vector<Id>& ids);
std::vector<Id> IdsFromJson(const std::string& text);

boost::json::array ItemsArray(const std::vector<ContractItem>& items);
boost::json::object MoneyObject(const MoneyFields& m);
std::string MoneyToJson(const MoneyFields& m);
MoneyFields MoneyFromJson(const std::string& text);

}  // namespace quanke::contracts
