#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <vector>

#include "domain/deals/deal_types.h"

// The JSON text columns of the deals module (lists of strings and ids, feedback field
// definitions, a process's version snapshot), read and written in one place.
namespace quanke::deals {

std::string StringsToJson(const std::vector<std::string>& v);
std::vector<std::string> StringsFromJson(const std::string& text);
std::string IdsToJson(const std::vector<Id>& v);
std::vector<Id> IdsFromJson(const std::string& text);
std::string FieldsToJson(const std::vector<FeedbackField>& v);
std::vector<FeedbackField> FieldsFromJson(const std::string& text);
// The API's shapes (docs/api-opportunities.md), which the snapshots store too.
boost::json::array FieldsArray(const std::vector<FeedbackField>& v);
boost::json::object StageObject(const Stage& s);
boost::json::object ProcessObject(const SalesProcess& p);
// A process as its version snapshot stores it (ProcessObject), and back.
std::string ProcessToJson(const SalesProcess& p);
SalesProcess ProcessFromJson(const std::string& text);

}  // namespace quanke::deals
