#include "http/report_json.h"

#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {

json::object ValuesJson(const std::vector<const reports::MetricInfo*>& metrics, const std::vector<std::int64_t>& v) {
  json::object out;
  for (size_t i = 0; i < metrics.size(); ++i) out[metrics[i]->key] = v[i];
  return out;
}

json::array LevelsJson(const reports::CustomerLevels& levels) {
  json::array out;
  for (const auto& l : levels) out.push_back(json::string(l));
  return out;
}

}  // namespace

json::object MetricCatalogueJson() {
  json::array items;
  for (const auto& m : reports::Metrics())
    items.push_back(json::object{{"key", m.key}, {"unit", m.fen ? "fen" : "count"}, {"targetable", m.targetable}});
  return json::object{{"items", std::move(items)}};
}

json::object MetricReportJson(const reports::MetricReport& r) {
  json::array keys, rows;
  for (const auto* m : r.metrics) keys.push_back(json::string(m->key));
  for (const auto& row : r.rows)
    rows.push_back(json::object{{"kind", row.kind},
                                {"id", IdToString(row.id)},
                                {"name", row.name},
                                {"departmentName", TextJson(row.department_name)},
                                {"values", ValuesJson(r.metrics, row.values)},
                                {"rank", row.rank}});
  return json::object{{"from", FormatDate(r.range.first)},
                      {"to", FormatDate(r.range.last)},
                      {"asOf", InstantJson(r.as_of)},
                      {"department", json::object{{"id", IdJson(r.department_id)}, {"name", r.department_name}}},
                      {"metrics", std::move(keys)},
                      {"customerLevels", LevelsJson(r.customer_levels)},
                      {"total", json::object{{"values", ValuesJson(r.metrics, r.total)}}},
                      {"rows", std::move(rows)}};
}

json::object MetricRecordJson(const reports::MetricRecord& r) {
  return json::object{{"kind", r.kind},
                      {"id", IdToString(r.id)},
                      {"at", r.at},
                      {"title", r.title},
                      {"customerId", IdJson(r.customer_id)},
                      {"customerName", r.customer_id ? json::value(r.customer_name) : json::value(nullptr)},
                      {"userId", IdToString(r.user_id)},
                      {"userName", r.user_name},
                      {"amountFen", r.amount_fen ? json::value(*r.amount_fen) : json::value(nullptr)}};
}

boost::json::object CustomerDistributionJson(const reports::CustomerDistribution& d) {
  json::array items;
  for (const auto& [value, count] : d.items) items.push_back(json::object{{"value", value}, {"count", count}});
  json::array provinces;
  for (const auto& p : d.provinces) provinces.push_back(json::string(p));
  return {{"by", d.by},
          {"departmentId", d.department_id ? json::value(IdToString(*d.department_id)) : json::value(nullptr)},
          {"provinces", std::move(provinces)},
          {"customerLevels", LevelsJson(d.customer_levels)},
          {"asOf", InstantJson(d.as_of)},
          {"total", d.total},
          {"items", std::move(items)}};
}

boost::json::object CustomerOverviewJson(const reports::CustomerOverview& o) {
  json::array trend;
  for (const auto& [day, count] : o.trend) trend.push_back(json::object{{"date", FormatDate(day)}, {"count", count}});
  return {{"departmentId", o.department_id ? json::value(IdToString(*o.department_id)) : json::value(nullptr)},
          {"customerLevels", LevelsJson(o.customer_levels)},
          {"asOf", InstantJson(o.as_of)},
          {"today", FormatDate(o.today)},
          {"total", o.total},
          {"newYesterday", o.new_yesterday},
          {"newThisMonth", o.new_this_month},
          {"trend", std::move(trend)}};
}

}  // namespace quanke::http
