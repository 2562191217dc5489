#include "domain/leads/lead_analysis_repository.h"

#include "domain/org/scope_repository.h"
#include "storage/keyset.h"

namespace quanke::leads {
using storage::Connection;
using storage::Params;
using storage::V;

namespace {

using storage::Next;

}  // namespace

Result<std::vector<AnalysedLead>> LeadsForAnalysis(Connection& conn, const org::Caller& caller,
                                                   const AnalysisFilter& f) {
  Params p{V(caller.tenant_id), V(f.from), V(f.to)};
  std::string where = "l.tenant_id = $1 AND l.deleted_at IS NULL AND l.created_at >= $2 AND l.created_at < $3";
  if (caller.scope != org::DataScope::kAll || f.department_id || f.user_id) {
    where += " AND l.owner_id IS NOT NULL";
    org::AppendOwnerScope(caller, "l.owner_id", where, p);
  }
  if (f.user_id) {
    where += " AND l.owner_id = " + Next(p);
    p.push_back(V(*f.user_id));
  }
  if (f.department_id) org::AppendDepartmentTree(caller, *f.department_id, "l.owner_id", where, p);
  if (f.source_id) {
    where += " AND l.source_id = " + Next(p);
    p.push_back(V(*f.source_id));
  }
  if (f.campaign) {
    where += " AND l.campaign = " + Next(p);
    p.push_back(V(*f.campaign));
  }
  // Joined for the report: source and owner names (lead_sources is ours, users org's), and each
  // lead's follow-up count (follow_ups belongs to activity; counted through its lead index).
  auto r = conn.Query(
      "SELECT l.source_id, COALESCE(s.name, ''), l.campaign, l.created_at, l.owner_id, COALESCE(u.name, ''), "
      "l.status, l.first_contact_at, l.converted_at, (SELECT COUNT(*) FROM follow_ups fu WHERE fu.tenant_id = "
      "l.tenant_id AND fu.lead_id = l.id AND fu.deleted_at IS NULL) FROM leads l "
      "LEFT JOIN lead_sources s ON s.tenant_id = l.tenant_id AND s.id = l.source_id "
      "LEFT JOIN users u ON u.tenant_id = l.tenant_id AND u.id = l.owner_id WHERE " +
          where,
      p);
  if (!r.ok()) return r.status();
  std::vector<AnalysedLead> out;
  out.reserve(r->rows.size());
  for (auto& row : r->rows)
    out.push_back({row.OptInt(0), row.TakeText(1), row.TakeText(2), row.Int(3), row.OptInt(4), row.TakeText(5),
                   row.TakeText(6), row.OptInt(7), row.OptInt(8), row.Int(9)});
  return out;
}

Result<std::vector<SourceSpend>> SpendOfMonths(Connection& conn, const org::Caller& caller, const std::string& first,
                                               const std::string& last, std::optional<Id> source_id) {
  Params p{V(caller.tenant_id), V(first), V(last)};
  std::string where = "c.tenant_id = $1 AND c.month >= $2 AND c.month <= $3";
  if (source_id) {
    where += " AND c.source_id = " + Next(p);
    p.push_back(V(*source_id));
  }
  auto r = conn.Query(
      "SELECT c.source_id, COALESCE(s.name, ''), c.month, c.amount FROM lead_source_costs c "
      "LEFT JOIN lead_sources s ON s.tenant_id = c.tenant_id AND s.id = c.source_id WHERE " +
          where + " ORDER BY c.month, c.source_id",
      p);
  if (!r.ok()) return r.status();
  std::vector<SourceSpend> out;
  for (auto& row : r->rows) out.push_back({row.Int(0), row.TakeText(1), row.TakeText(2), row.Int(3)});
  return out;
}

}  // namespace quanke::leads
