#include "domain/deals/process_repository.h"

#include <algorithm>
#include <map>

#include "domain/deals/deal_codec.h"

namespace quanke::deals {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

constexpr std::string_view kProcessColumns =
    "SELECT id, name, kind, description, department_ids, allow_skip, lost_reasons, invalid_reasons, "
    "stale_days, stale_when_overdue, is_default, enabled, position, version, created_at, updated_at "
    "FROM sales_processes ";

SalesProcess ReadProcess(storage::Row& r) {
  SalesProcess p;
  size_t i = 0;
  p.id = r.Int(i++);
  p.name = r.TakeText(i++);
  p.kind = r.TakeText(i++);
  p.description = r.TakeText(i++);
  p.department_ids = IdsFromJson(r.Text(i++));
  p.allow_skip = r.Bool(i++);
  p.lost_reasons = StringsFromJson(r.Text(i++));
  p.invalid_reasons = StringsFromJson(r.Text(i++));
  p.stale_days = r.Int(i++);
  p.stale_when_overdue = r.Bool(i++);
  p.is_default = r.Bool(i++);
  p.enabled = r.Bool(i++);
  p.position = r.Int(i++);
  p.version = r.Int(i++);
  p.created_at = r.Int(i++);
  p.updated_at = r.Int(i++);
  return p;
}

int KindOrder(const std::string& kind) {
  return kind == "open" ? 0 : kind == "won" ? 1 : kind == "lost" ? 2 : 3;
}

// Stages (live) of the processes, with `counts` also how many live opportunities each holds (one
// round trip; the counts read every opportunity of the processes, so only the process pages
// and the checks of a process change ask for them).
Status LoadStages(Connection& conn, Id tenant_id, std::vector<SalesProcess>& processes, StageCounts counts) {
  if (processes.empty()) return Status::Ok();
  std::vector<Id> ids;
  for (const auto& p : processes) ids.push_back(p.id);
  Params a{V(tenant_id)};
  const std::string in_a = storage::AppendIds(a, ids);
  Params b{V(tenant_id)};
  const std::string in_b = storage::AppendIds(b, ids);
  std::vector<storage::Statement> statements = {
      {"SELECT id, process_id, position, kind, name, probability, guidance_do, guidance_watch, checklist, "
        "feedback_fields FROM sales_stages WHERE tenant_id = $1 AND deleted_at IS NULL AND process_id IN (" +
            in_a + ") ORDER BY process_id, position, id",
        a}};
  if (counts == StageCounts::kWith)
    statements.push_back({"SELECT process_id, stage_id, COUNT(*) FROM opportunities WHERE tenant_id = $1 AND "
                          "deleted_at IS NULL AND process_id IN (" + in_b + ") GROUP BY process_id, stage_id",
                          b});
  auto batch = conn.QueryBatch(statements);
  for (auto& r : batch)
    if (!r.ok()) return r.status();
  std::map<Id, SalesProcess*> by_id;
  for (auto& p : processes) by_id[p.id] = &p;
  for (auto& row : batch[0]->rows) {
    Stage s;
    s.id = row.Int(0);
    const Id process_id = row.Int(1);
    s.position = row.Int(2);
    s.kind = row.TakeText(3);
    s.name = row.TakeText(4);
    s.probability = row.Int(5);
    s.guidance_do = row.TakeText(6);
    s.guidance_watch = row.TakeText(7);
    s.checklist = StringsFromJson(row.Text(8));
    s.feedback_fields = FieldsFromJson(row.Text(9));
    by_id[process_id]->stages.push_back(std::move(s));
  }
  if (counts == StageCounts::kWith)
    for (const auto& row : batch[1]->rows) {
      SalesProcess* p = by_id[row.Int(0)];
      p->in_use += row.Int(2);
      for (auto& s : p->stages)
        if (s.id == row.Int(1)) s.in_use = row.Int(2);
    }
  for (auto& p : processes)
    std::stable_sort(p.stages.begin(), p.stages.end(), [](const Stage& x, const Stage& y) {
      if (KindOrder(x.kind) != KindOrder(y.kind)) return KindOrder(x.kind) < KindOrder(y.kind);
      return x.position < y.position;
    });
  return Status::Ok();
}

}  // namespace

Result<std::vector<SalesProcess>> ListProcesses(Connection& conn, Id tenant_id, bool include_disabled,
                                                StageCounts counts) {
  auto r = conn.Query(std::string(kProcessColumns) + "WHERE tenant_id = $1 AND deleted_at IS NULL" +
                          (include_disabled ? "" : " AND enabled = 1") + " ORDER BY position, id",
                      {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<SalesProcess> out;
  for (auto& row : r->rows) out.push_back(ReadProcess(row));
  if (Status s = LoadStages(conn, tenant_id, out, counts); !s.ok()) return s;
  return out;
}

Result<SalesProcess> GetProcess(Connection& conn, Id tenant_id, Id id, StageCounts counts) {
  auto r = conn.Query(std::string(kProcessColumns) + "WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  std::vector<SalesProcess> one{ReadProcess(r->rows.front())};
  if (Status s = LoadStages(conn, tenant_id, one, counts); !s.ok()) return s;
  return std::move(one.front());
}

Result<std::optional<Id>> DefaultProcessId(Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT id FROM sales_processes WHERE tenant_id = $1 AND deleted_at IS NULL AND is_default = 1 "
      "ORDER BY position, id LIMIT 1",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Id>();
  return std::optional<Id>(r->front().Int(0));
}

Result<std::int64_t> CountProcesses(Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT COUNT(*) FROM sales_processes WHERE tenant_id = $1 AND deleted_at IS NULL",
                      {V(tenant_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Status InsertProcess(Connection& conn, Id tenant_id, const SalesProcess& p) {
  if (Status s = conn.Defer(
          "INSERT INTO sales_processes (tenant_id, id, name, kind, description, department_ids, allow_skip, "
          "lost_reasons, invalid_reasons, stale_days, stale_when_overdue, is_default, enabled, position, "
          "version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
          "$14, $15, $16, $17)",
          {V(tenant_id), V(p.id), V(p.name), V(p.kind), V(p.description), V(IdsToJson(p.department_ids)),
           V(p.allow_skip), V(StringsToJson(p.lost_reasons)), V(StringsToJson(p.invalid_reasons)),
           V(p.stale_days), V(p.stale_when_overdue), V(p.is_default), V(p.enabled), V(p.position),
           V(p.version), V(p.created_at), V(p.updated_at)});
      !s.ok())
    return s;
  for (const auto& st : p.stages)
    if (Status s = UpsertStage(conn, tenant_id, p.id, st); !s.ok()) return s;
  return Status::Ok();
}

Status UpdateProcessRow(Connection& conn, const org::Caller& caller, const SalesProcess& p) {
  return conn.Defer(
      "UPDATE sales_processes SET name = $3, kind = $4, description = $5, department_ids = $6, allow_skip = $7, "
      "lost_reasons = $8, invalid_reasons = $9, stale_days = $10, stale_when_overdue = $11, is_default = $12, "
      "enabled = $13, version = $14, updated_at = $15 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(p.id), V(p.name), V(p.kind), V(p.description), V(IdsToJson(p.department_ids)),
       V(p.allow_skip), V(StringsToJson(p.lost_reasons)), V(StringsToJson(p.invalid_reasons)), V(p.stale_days),
       V(p.stale_when_overdue), V(p.is_default), V(p.enabled), V(p.version), V(p.updated_at)});
}

Status UpsertStage(Connection& conn, Id tenant_id, Id process_id, const Stage& s) {
  return conn.Defer(
      "INSERT INTO sales_stages (tenant_id, id, process_id, position, kind, name, probability, guidance_do, "
      "guidance_watch, checklist, feedback_fields) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
      "ON CONFLICT (tenant_id, id) DO UPDATE SET position = $4, name = $6, probability = $7, guidance_do = $8, "
      "guidance_watch = $9, checklist = $10, feedback_fields = $11",
      {V(tenant_id), V(s.id), V(process_id), V(s.position), V(s.kind), V(s.name), V(s.probability),
       V(s.guidance_do), V(s.guidance_watch), V(StringsToJson(s.checklist)), V(FieldsToJson(s.feedback_fields))});
}

Status RemoveStages(Connection& conn, const org::Caller& caller, const std::vector<Id>& stage_ids, Instant at) {
  if (stage_ids.empty()) return Status::Ok();
  Params p{V(caller.tenant_id), V(at)};
  const std::string in = storage::AppendIds(p, stage_ids);
  return conn.Defer("UPDATE sales_stages SET deleted_at = $2 WHERE tenant_id = $1 AND id IN (" + in + ")", p);
}

Status ClearOtherDefaults(Connection& conn, const org::Caller& caller, Id keep_id) {
  return conn.Defer(
      "UPDATE sales_processes SET is_default = 0 WHERE tenant_id = $1 AND id <> $2 AND is_default = 1",
      {V(caller.tenant_id), V(keep_id)});
}

namespace {
bool Postgres(Connection& conn) { return conn.backend() == storage::Backend::kPostgres; }
}  // namespace

Status LockProcessForEdit(Connection& conn, Id tenant_id, Id process_id) {
  if (!Postgres(conn)) return Status::Ok();
  return conn.Exec("SELECT 1 FROM sales_processes WHERE tenant_id = $1 AND id = $2 FOR UPDATE",
                   {V(tenant_id), V(process_id)});
}

Status LockProcessForUse(Connection& conn, Id tenant_id, Id process_id) {
  if (!Postgres(conn)) return Status::Ok();
  return conn.Exec("SELECT 1 FROM sales_processes WHERE tenant_id = $1 AND id = $2 FOR KEY SHARE",
                   {V(tenant_id), V(process_id)});
}

Status LockProcessOfOpportunity(Connection& conn, Id tenant_id, Id opportunity_id) {
  if (!Postgres(conn)) return Status::Ok();
  return conn.Exec(
      "SELECT 1 FROM sales_processes WHERE tenant_id = $1 AND id = (SELECT process_id FROM opportunities "
      "WHERE tenant_id = $1 AND id = $2) FOR KEY SHARE",
      {V(tenant_id), V(opportunity_id)});
}

Status SoftDeleteProcess(Connection& conn, const org::Caller& caller, Id id, Instant at) {
  return conn.Defer(
      "UPDATE sales_processes SET deleted_at = $3, is_default = 0, updated_at = $3 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(id), V(at)});
}

Status InsertProcessVersion(Connection& conn, Id tenant_id, Id process_id, const ProcessVersion& v) {
  return conn.Defer(
      "INSERT INTO sales_process_versions (tenant_id, process_id, version, snapshot, changed_by, changed_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {V(tenant_id), V(process_id), V(v.version), V(v.snapshot), V(v.changed_by), V(v.changed_at)});
}

Result<ProcessVersion> GetProcessVersion(Connection& conn, const org::Caller& caller, Id process_id,
                                         std::int64_t version) {
  auto r = conn.Query(
      "SELECT version, snapshot, changed_by, changed_at FROM sales_process_versions WHERE tenant_id = $1 AND "
      "process_id = $2 AND version = $3",
      {V(caller.tenant_id), V(process_id), V(version)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  auto& row = r->rows.front();
  ProcessVersion v;
  v.version = row.Int(0);
  v.snapshot = row.TakeText(1);
  v.changed_by = row.OptInt(2);
  v.changed_at = row.Int(3);
  return v;
}

Status RenumberOpportunities(Connection& conn, const org::Caller& caller, Id process_id, std::int64_t open_count) {
  if (Status s = conn.Defer(
          "UPDATE opportunities SET stage_position = (SELECT st.position FROM sales_stages st WHERE st.tenant_id = "
          "opportunities.tenant_id AND st.id = opportunities.stage_id) WHERE tenant_id = $1 AND process_id = $2",
          {V(caller.tenant_id), V(process_id)});
      !s.ok())
    return s;
  return conn.Defer(
      "UPDATE opportunities SET max_position = CASE WHEN status = 'won' THEN $3 + 1 WHEN max_position > $3 THEN $3 "
      "ELSE max_position END WHERE tenant_id = $1 AND process_id = $2",
      {V(caller.tenant_id), V(process_id), V(open_count)});
}

}  // namespace quanke::deals
