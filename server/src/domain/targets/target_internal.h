#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/deals/deal_analysis.h"
#include "domain/org/caller.h"
#include "domain/reports/metrics.h"
#include "domain/targets/target_types.h"
#include "storage/database.h"

// What the targets service's files share: the caller's view of the organisation and the checks
// every operation makes. Not for other modules.
namespace quanke::targets {

// The assignees a caller may see (docs/api-targets.md: the company, the departments and the
// people of the data scope), as the sheet lists them.
struct ScopeTree {
  std::vector<SheetAssignee> assignees;  // company first, departments in pre-order, members after theirs
  std::vector<SheetNode> nodes;          // the same order: parent positions, completeness
  std::map<Assignee, size_t> position;   // assignee → index in `assignees`
  std::vector<reports::Person> people;   // every person in scope, resigned ones too

  bool Has(const Assignee& a) const { return position.count(a) > 0; }
  const SheetAssignee* Find(const Assignee& a) const {
    const auto it = position.find(a);
    return it == position.end() ? nullptr : &assignees[it->second];
  }
  // The visible child departments of a department (nullopt: the company's roots), in sheet order.
  std::vector<const SheetAssignee*> ChildDepartments(std::optional<Id> department_id) const;
  // The visible active members directly in a department (nullopt: everyone visible).
  std::vector<const SheetAssignee*> Members(std::optional<Id> department_id) const;
  // The people in scope in a department's subtree (nullopt: all), resigned ones too.
  std::vector<Id> PeopleUnder(std::optional<Id> department_id) const;
  // Whether `department` is `ancestor` or below it.
  bool Within(Id department, Id ancestor) const;

  std::map<Id, std::optional<Id>> parent_of;  // every department of the tenant → its parent
};

Result<ScopeTree> LoadScope(storage::Connection& conn, const org::Caller& caller);

// The metric named `key` when it may carry targets; validation.failed on `field` otherwise.
Result<const reports::MetricInfo*> TargetableMetric(const std::string& key, const char* field = "metric");

// A target's customer level: "" (every customer) or a level A/B/C/D; validation.failed
// `customerLevel` invalid_value otherwise.
Status CheckCustomerLevel(const std::string& level);
// The levels a figure of that customer level counts (none for every customer).
reports::CustomerLevels LevelsOf(const std::string& customer_level);

// The period text parsed; validation.failed on `field` when malformed.
Result<Period> ReadPeriod(const std::string& text, const char* field);

// Every user's value of a metric over a period's range, and when it was read.
struct Actuals {
  std::map<Id, std::int64_t> values;
  Instant as_of = 0;
  std::int64_t Of(Id user) const {
    const auto it = values.find(user);
    return it == values.end() ? 0 : it->second;
  }
};

// Actuals shared by every caller of a node for at most a minute (the issue allows figures a
// minute stale): the map holds every user of the tenant, so it is the same for everyone and each
// caller cuts it to their people. Attainment and /targets/mine read the same months over and
// over (the home page), and one read sums a month of the tenant's records.
class ActualsCache {
 public:
  // Reads through `conn` when the held answer is too old.
  Result<Actuals> Get(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                      const reports::MetricInfo& metric, const std::string& customer_level, const Period& period,
                      Instant now);

 private:
  deals::RecentAnswers<Actuals> answers_;
};

// Serialises the writes of one tenant's targets and locks (a no-op on SQLite's one writer).
Status LockTenantTargets(storage::Connection& conn, Id tenant_id);

}  // namespace quanke::targets
