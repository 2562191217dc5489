#pragma once

#include <boost/json.hpp>

#include "domain/reports/report_service.h"

namespace quanke::http {

// The JSON of docs/api-targets.md "Reports": MetricReport, MetricRecord and the catalogue.
boost::json::object MetricCatalogueJson();
boost::json::object MetricReportJson(const reports::MetricReport& r);
boost::json::object MetricRecordJson(const reports::MetricRecord& r);

}  // namespace quanke::http
