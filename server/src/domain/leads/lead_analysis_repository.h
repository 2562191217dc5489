#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The reads of the channel analysis: one row per lead of the range, and the sources' spend.
namespace quanke::leads {

struct AnalysisFilter {
  Instant from = 0, to = 0;  // created_at in [from, to)
  std::optional<Id> source_id, department_id, user_id;
  std::optional<std::string> campaign;
};

// What the analysis needs of one lead.
struct AnalysedLead {
  std::optional<Id> source_id;
  std::string source_name;
  std::string campaign;
  Instant created_at = 0;
  std::optional<Id> owner_id;
  std::string owner_name;
  std::string status;
  std::optional<Instant> first_contact_at, converted_at;
  std::int64_t follow_ups = 0;
};

// The leads (not deleted) created in the range within the caller's data scope: owned leads whose
// owner is in scope; leads in a pool only for the whole-company scope (and never with a
// department or user filter, which name owners).
Result<std::vector<AnalysedLead>> LeadsForAnalysis(storage::Connection& conn, const org::Caller& caller,
                                                   const AnalysisFilter& f);

struct SourceSpend {
  Id source_id = 0;
  std::string source_name;
  std::string month;  // "2026-11"
  std::int64_t amount = 0;
};
// The spend of the caller's tenant's sources (one source when given) in months [first, last]
// ("2026-11"), by source and month.
Result<std::vector<SourceSpend>> SpendOfMonths(storage::Connection& conn, const org::Caller& caller,
                                               const std::string& first, const std::string& last,
                                               std::optional<Id> source_id);

}  // namespace quanke::leads
