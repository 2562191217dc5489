#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "core/time_zone.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::leads {

// What the channel analysis covers: leads created on local dates [from, to] of the tenant's zone.
struct AnalysisQuery {
  std::optional<LocalDate> from, to;  // default: this month
  std::string group_by = "source";    // source, campaign, month, owner
  std::optional<Id> source_id, department_id, user_id;
  std::optional<std::string> campaign;
};

// The numbers of one group (or of all of them: the total).
struct AnalysisRow {
  std::string key;    // source id, campaign, "2026-11", owner id; "" for none (no source, pool leads)
  std::string label;  // source name, campaign, month, owner name
  std::int64_t leads = 0, contacted = 0, qualified = 0, converted = 0, invalid = 0;
  double conversion_rate = 0;  // converted / leads (0 with no leads)
  std::optional<double> median_hours_to_first_contact, median_days_to_conversion;
  std::int64_t cost = 0;  // fen
  bool cost_attributed = false;  // false: cost is not split this way (campaign, owner rows)
  std::optional<std::int64_t> cost_per_lead, cost_per_conversion;  // fen, rounded
  std::int64_t follow_ups = 0;
};

struct Analysis {
  LocalDate from = 0, to = 0;
  std::string group_by;
  std::vector<AnalysisRow> rows;
  AnalysisRow total;
};

// Channel analysis (线索渠道分析, PRODUCT.md §6 and §9). A report: it needs report.view and
// cuts to the caller's data scope: owned leads whose owner the caller may see, and leads waiting
// in a pool only for a whole-company scope. Medians are computed here over every lead of the
// range (one row each from the database: fine up to about a million leads). Cost: the lead
// sources' spend of each month that overlaps [from, to], whole months (docs/api-leads.md).
// Thread-safe.
class LeadAnalysisService {
 public:
  LeadAnalysisService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // validation.failed: groupBy invalid_value, to before from (to invalid_value), a range over
  // 3 years (to invalid_value).
  Result<Analysis> Analyse(const org::Caller& caller, const AnalysisQuery& q);
  // The same for an export (report.export), with an audit entry "lead.analysis_export".
  Result<Analysis> Export(const org::Caller& caller, const AnalysisQuery& q);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::leads
