#include "domain/deals/deal_analysis_repository.h"

#include "domain/org/scope_repository.h"
#include "storage/keyset.h"

namespace quanke::deals {
using storage::Connection;
using storage::Params;
using storage::V;

namespace {

using storage::Next;

// The owner conditions every report shares: the caller's data scope, then the filter.
void AppendOwners(const org::Caller& caller, const OwnerFilter& owners, std::string& where,
                  Params& p) {
  org::AppendOwnerScope(caller, "o.owner_id", where, p);
  if (owners.owner_id) {
    where += " AND o.owner_id = " + Next(p);
    p.push_back(V(*owners.owner_id));
  }
  if (owners.department_id)
    org::AppendDepartmentTree(caller, *owners.department_id, "o.owner_id", where, p);
}

// The cohort's condition on `o` (parameters from $1: the tenant).
std::string CohortWhere(const org::Caller& caller, const CohortFilter& f, Params& p) {
  p = {V(caller.tenant_id), V(f.process_id), V(f.from), V(f.to)};
  std::string where =
      "o.tenant_id = $1 AND o.process_id = $2 AND o.created_at >= $3 AND o.created_at < $4 AND "
      "o.deleted_at IS NULL";
  AppendOwners(caller, f.owners, where, p);
  return where;
}

}  // namespace

Result<std::optional<Id>> FindProcess(Connection& conn, const org::Caller& caller,
                                      std::optional<Id> process_id) {
  auto r = process_id
               ? conn.Query(
                     "SELECT id FROM sales_processes WHERE tenant_id = $1 AND id = $2 AND "
                     "deleted_at IS NULL",
                     {V(caller.tenant_id), V(*process_id)})
               : conn.Query(
                     "SELECT id FROM sales_processes WHERE tenant_id = $1 AND is_default = 1 AND "
                     "deleted_at IS NULL ORDER BY id LIMIT 1",
                     {V(caller.tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Id>();
  return std::optional<Id>(r->front().Int(0));
}

Result<std::vector<AnalysedStage>> StagesOf(Connection& conn, const org::Caller& caller,
                                            Id process_id) {
  auto r = conn.Query(
      "SELECT id, kind, name, position, probability FROM sales_stages WHERE tenant_id = $1 AND "
      "process_id = $2 "
      "AND deleted_at IS NULL ORDER BY position, id",
      {V(caller.tenant_id), V(process_id)});
  if (!r.ok()) return r.status();
  std::vector<AnalysedStage> out;
  for (auto& row : r->rows)
    out.push_back({row.Int(0), row.TakeText(1), row.TakeText(2), row.Int(3), row.Int(4)});
  return out;
}

Result<std::vector<CohortGroup>> CohortGroups(Connection& conn, const org::Caller& caller,
                                              const CohortFilter& f) {
  Params p;
  const std::string where = CohortWhere(caller, f, p);
  // Through opportunities_funnel (0028), which holds every column named here.
  auto r = conn.Query(
      "SELECT o.status, o.stage_id, o.max_position, CASE WHEN o.status = 'lost' THEN "
      "o.close_reason ELSE '' END, "
      "COUNT(*), SUM(o.amount_fen) FROM opportunities o WHERE " +
          where + " GROUP BY 1, 2, 3, 4",
      p);
  if (!r.ok()) return r.status();
  std::vector<CohortGroup> out;
  out.reserve(r->rows.size());
  for (auto& row : r->rows)
    out.push_back(
        {row.TakeText(0), row.Int(1), row.Int(2), row.TakeText(3), row.Int(4), row.Int(5)});
  return out;
}

Result<std::vector<StageStays>> CohortStays(Connection& conn, const org::Caller& caller,
                                            const CohortFilter& f) {
  Params p;
  const std::string where = CohortWhere(caller, f, p);
  // The cohort's opportunities lead (CROSS JOIN: SQLite keeps that order; PostgreSQL plans
  // freely), each one's completed stays read from opportunity_changes_stays (0028) and kept to
  // the open stages of the process (sales_stages).
  auto r = conn.Query(
      "SELECT c.from_stage_id, COUNT(*), SUM(c.ms_in_from) FROM opportunities o "
      "CROSS JOIN opportunity_stage_changes c WHERE c.tenant_id = o.tenant_id AND "
      "c.opportunity_id = o.id AND c.ms_in_from IS NOT NULL AND c.from_stage_id IN "
      "(SELECT s.id FROM sales_stages s WHERE s.tenant_id = $1 AND s.process_id = $2 AND "
      "s.kind = 'open') AND " +
          where + " GROUP BY c.from_stage_id",
      p);
  if (!r.ok()) return r.status();
  std::vector<StageStays> out;
  for (const auto& row : r->rows) out.push_back({row.Int(0), row.Int(1), row.Int(2)});
  return out;
}

Result<std::vector<OpenMonth>> OpenByCloseMonth(Connection& conn, const org::Caller& caller,
                                                const ForecastFilter& f) {
  Params p{V(caller.tenant_id), V(f.first_date), V(f.end_date)};
  std::string where =
      "o.tenant_id = $1 AND o.status = 'open' AND o.expected_close_date >= $2 AND "
      "o.expected_close_date < $3 "
      "AND o.deleted_at IS NULL";
  if (f.process_id) {
    where += " AND o.process_id = " + Next(p);
    p.push_back(V(*f.process_id));
  }
  AppendOwners(caller, f.owners, where, p);
  // Through opportunities_forecast_open (0028). Integer arithmetic only: each weighted amount is
  // floored (amounts are never negative) before the sum.
  auto r = conn.Query(
      "SELECT SUBSTR(o.expected_close_date, 1, 7), COUNT(*), SUM(o.amount_fen), "
      "SUM(o.amount_fen * o.probability / 100), SUM(CASE WHEN o.probability >= 70 THEN "
      "o.amount_fen ELSE 0 END) "
      "FROM opportunities o WHERE " +
          where + " GROUP BY 1",
      p);
  if (!r.ok()) return r.status();
  std::vector<OpenMonth> out;
  for (auto& row : r->rows)
    out.push_back({row.TakeText(0), row.Int(1), row.Int(2), row.Int(3), row.Int(4)});
  return out;
}

Result<std::vector<WonMonth>> WonByClosedMonth(Connection& conn, const org::Caller& caller,
                                               const ForecastFilter& f) {
  if (f.month_starts.size() < 2) return std::vector<WonMonth>{};
  Params p{V(caller.tenant_id), V(f.month_starts.front()), V(f.month_starts.back())};
  std::string where =
      "o.tenant_id = $1 AND o.status = 'won' AND o.closed_at >= $2 AND o.closed_at < $3 AND "
      "o.deleted_at IS NULL";
  if (f.process_id) {
    where += " AND o.process_id = " + Next(p);
    p.push_back(V(*f.process_id));
  }
  AppendOwners(caller, f.owners, where, p);
  // The month of a closing instant in the tenant's zone, as the index of the first month start
  // after it (minus one): the zone's month boundaries come from the service, so both backends
  // bucket alike without date functions.
  std::string bucket = "CASE";
  for (size_t i = 1; i + 1 < f.month_starts.size(); ++i) {
    bucket += " WHEN o.closed_at < " + Next(p) + " THEN " + std::to_string(i - 1);
    p.push_back(V(f.month_starts[i]));
  }
  bucket += " ELSE " + std::to_string(f.month_starts.size() - 2) + " END";
  auto r = conn.Query("SELECT " + bucket + ", SUM(o.amount_fen) FROM opportunities o WHERE " +
                          where + " GROUP BY 1",
                      p);
  if (!r.ok()) return r.status();
  std::vector<WonMonth> out;
  for (const auto& row : r->rows) out.push_back({row.Int(0), row.Int(1)});
  return out;
}

}  // namespace quanke::deals
