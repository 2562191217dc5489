#pragma once

#include <boost/json.hpp>

#include "domain/reports/report_service.h"

namespace quanke::http {

// The JSON of docs/api-targets.md "Reports": MetricReport, MetricRecord and the catalogue.
boost::json::object MetricCatalogueJson();
boost::json::object MetricReportJson(const reports::MetricReport& r);
boost::json::object MetricRecordJson(const reports::MetricRecord& r);
// "Customers": CustomerDistribution and CustomerOverview.
boost::json::object CustomerDistributionJson(const reports::CustomerDistribution& d);
boost::json::object CustomerOverviewJson(const reports::CustomerOverview& o);

}  // namespace quanke::http
