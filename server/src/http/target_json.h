#pragma once

#include <boost/json/object.hpp>

#include "domain/targets/target_types.h"

// The JSON of targets (docs/api-targets.md, "Targets").
namespace quanke::http {

boost::json::object TargetJson(const targets::Target& t);
boost::json::object TargetSheetJson(const targets::TargetSheet& s);
boost::json::object DecompositionJson(const targets::Decomposition& d);
boost::json::object TargetLockJson(const targets::TargetLock& l);
boost::json::object TargetChangeJson(const targets::TargetChange& c);
boost::json::object AttainmentRowJson(const targets::AttainmentRow& r);
boost::json::object AttainmentJson(const targets::Attainment& a);

}  // namespace quanke::http
