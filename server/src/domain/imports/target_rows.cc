// Reading an import's target row: the metric by key or name, the values by the metric's unit
// (yuan as fen, or whole counts), the customer level as the targets API takes it.
#include "domain/imports/target_rows.h"

#include <algorithm>
#include <cctype>

#include "domain/customers/customer_types.h"
#include "domain/imports/cell_text.h"
#include "domain/reports/metrics.h"

namespace quanke::imports {
namespace {

// The metrics' names as the web's target pages show them (locales' `metric.*`), zh-CN and en.
struct MetricName {
  const char* key;
  const char* zh;
  const char* en;
};
constexpr MetricName kMetricNames[] = {
    {"contractAmountFen", "合同金额", "Contract amount"},
    {"paymentAmountFen", "回款金额", "Payments received"},
    {"newCustomers", "新增客户", "New customers"},
    {"newContacts", "新增联系人", "New contacts"},
    {"followUps", "跟进次数", "Follow-ups"},
    {"visits", "拜访次数", "Visits"},
    {"customersVisited", "拜访客户数", "Customers visited"},
    {"newOpportunities", "新增商机", "New opportunities"},
    {"advancedOpportunities", "推进商机", "Opportunities advanced"},
    {"wonOpportunities", "赢单数", "Deals won"},
    {"wonAmountFen", "赢单金额", "Amount won"},
    {"newLeads", "新增线索", "New leads"},
    {"convertedLeads", "转化线索", "Leads converted"},
    {"workLogs", "工作日志", "Work logs"},
};

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A metric's key from its key or name; "" when none matches.
std::string MetricKey(const std::string& v) {
  const std::string lower = Lower(v);
  for (const auto& m : kMetricNames)
    if (lower == Lower(m.key) || v == m.zh || lower == Lower(m.en)) return m.key;
  return "";
}

}  // namespace

bool NamesCompany(const std::string& text) {
  return text == "公司" || text == "全公司" || Lower(text) == "company";
}

TargetRow ReadTargetRow(const Row& row) {
  TargetRow out;
  std::vector<FieldIssue>& issues = out.issues;
  const reports::MetricInfo* metric = nullptr;
  if (auto v = Cell(row, "metric")) {
    out.metric = MetricKey(*v);
    metric = reports::FindMetric(out.metric);
    if (!metric || !metric->targetable) issues.push_back({"metric", "invalid_value"});
  } else {
    issues.push_back({"metric", "required"});
  }
  if (auto v = Cell(row, "period")) {
    out.period = *v;
    if (!targets::ParsePeriod(*v)) issues.push_back({"period", "invalid_value"});
  } else {
    issues.push_back({"period", "required"});
  }
  out.item.period = out.period;
  if (auto v = Cell(row, "assignee")) out.assignee = *v;
  else issues.push_back({"assignee", "required"});
  if (auto v = Cell(row, "customerLevel")) {
    out.customer_level = *v;
    if (!customers::IsLevel(*v)) issues.push_back({"customerLevel", "invalid_value"});
  }
  out.label = out.assignee + (out.assignee.empty() || out.period.empty() ? "" : " ") + out.period;
  auto amount = [&](const char* key, std::optional<std::int64_t>& to) {
    auto v = Cell(row, key);
    if (!v || !metric) return;
    to = metric->fen ? YuanToFen(*v) : ParseCount(*v);
    if (!to) issues.push_back({key, "invalid_value"});
  };
  amount("value", out.item.value);
  amount("sprintValue", out.item.sprint_value);
  amount("challengeValue", out.item.challenge_value);
  return out;
}

std::string TargetImportField(const std::string& field) {
  if (field == "assigneeId" || field == "assigneeType") return "assignee";
  return field;
}

}  // namespace quanke::imports
