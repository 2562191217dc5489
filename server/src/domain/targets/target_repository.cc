#include "domain/targets/target_repository.h"

#include "storage/keyset.h"

namespace quanke::targets {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

constexpr std::string_view kTargetSelect =
    "SELECT id, metric, customer_level, period, assignee_type, assignee_id, value, sprint_value, challenge_value, updated_at, "
    "updated_by FROM targets WHERE tenant_id = $1 ";

Target ReadTarget(storage::Row& r) {
  Target t;
  size_t i = 0;
  t.id = r.Int(i++);
  t.metric = r.TakeText(i++);
  t.customer_level = r.TakeText(i++);
  t.period = ParsePeriod(r.Text(i++)).value_or(Period{});
  ParseAssigneeType(r.Text(i++), &t.assignee.type);
  t.assignee.id = r.Int(i++);
  t.value = r.Int(i++);
  t.sprint_value = r.OptInt(i++);
  t.challenge_value = r.OptInt(i++);
  t.updated_at = r.Int(i++);
  t.updated_by = r.Int(i++);
  return t;
}

Result<std::vector<Target>> QueryTargets(Connection& conn, const std::string& where, const Params& p) {
  auto r = conn.Query(std::string(kTargetSelect) + where, p);
  if (!r.ok()) return r.status();
  std::vector<Target> out;
  out.reserve(r->rows.size());
  for (auto& row : r->rows) out.push_back(ReadTarget(row));
  return out;
}

// Periods naming a year sort between "2026" and "2027" as text ("2026-01", "2026-Q1", "2026-W01").
Params YearBounds(int year) { return {V(std::to_string(year)), V(std::to_string(year + 1))}; }

}  // namespace

Result<std::vector<Target>> TargetsOfYear(Connection& conn, Id tenant_id, const std::string& metric,
                                          const std::string& customer_level, int year) {
  const Params bounds = YearBounds(year);
  return QueryTargets(conn,
                      "AND metric = $2 AND customer_level = $3 AND period >= $4 AND period < $5 "
                      "ORDER BY period, assignee_type, assignee_id",
                      {V(tenant_id), V(metric), V(customer_level), bounds[0], bounds[1]});
}

Result<std::vector<Target>> TargetsOfPeriod(Connection& conn, Id tenant_id, const std::string& metric,
                                            const std::string& customer_level, const std::string& period) {
  return QueryTargets(conn, "AND metric = $2 AND customer_level = $3 AND period = $4",
                      {V(tenant_id), V(metric), V(customer_level), V(period)});
}

Result<std::vector<Target>> TargetsOfAssignee(Connection& conn, Id tenant_id, const std::string& period,
                                              const Assignee& assignee) {
  return QueryTargets(conn, "AND period = $2 AND assignee_type = $3 AND assignee_id = $4 ORDER BY metric, customer_level",
                      {V(tenant_id), V(period), V(AssigneeTypeName(assignee.type)), V(assignee.id)});
}

Result<std::optional<Target>> FindTarget(Connection& conn, Id tenant_id, const std::string& metric,
                                         const std::string& customer_level, const std::string& period,
                                         const Assignee& assignee) {
  auto found = QueryTargets(
      conn, "AND metric = $2 AND customer_level = $3 AND period = $4 AND assignee_type = $5 AND assignee_id = $6",
      {V(tenant_id), V(metric), V(customer_level), V(period), V(AssigneeTypeName(assignee.type)), V(assignee.id)});
  if (!found.ok()) return found.status();
  if (found->empty()) return std::optional<Target>();
  return std::optional<Target>(std::move(found->front()));
}

Status InsertTarget(Connection& conn, Id tenant_id, const Target& t) {
  return conn.Exec(
      "INSERT INTO targets (tenant_id, id, metric, period, period_kind, assignee_type, assignee_id, value, "
      "sprint_value, challenge_value, updated_at, updated_by, customer_level) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {V(tenant_id), V(t.id), V(t.metric), V(FormatPeriod(t.period)), V(PeriodKindName(t.period.kind)),
       V(AssigneeTypeName(t.assignee.type)), V(t.assignee.id), V(t.value), V(t.sprint_value), V(t.challenge_value),
       V(t.updated_at), V(t.updated_by), V(t.customer_level)});
}

Status UpdateTarget(Connection& conn, Id tenant_id, const Target& t) {
  return conn.Exec(
      "UPDATE targets SET value = $3, sprint_value = $4, challenge_value = $5, updated_at = $6, updated_by = $7 "
      "WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(t.id), V(t.value), V(t.sprint_value), V(t.challenge_value), V(t.updated_at), V(t.updated_by)});
}

Status DeleteTarget(Connection& conn, Id tenant_id, Id id) {
  return conn.Exec("DELETE FROM targets WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
}

Status InsertChange(Connection& conn, Id tenant_id, const TargetChange& c) {
  return conn.Defer(
      "INSERT INTO target_changes (tenant_id, id, at, by_user, metric, period, assignee_type, assignee_id, field, "
      "before_value, after_value, customer_level) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      {V(tenant_id), V(c.id), V(c.at), V(c.by), V(c.metric), V(c.period),
       V(c.assignee ? AssigneeTypeName(c.assignee->type) : ""), V(c.assignee ? c.assignee->id : 0), V(c.field),
       V(c.before), V(c.after), V(c.customer_level)});
}

Result<std::vector<TargetLock>> LocksOfYear(Connection& conn, Id tenant_id, int year) {
  const Params bounds = YearBounds(year);
  // The locker's name: users joined for the name alone (org's table, a narrow read).
  auto r = conn.Query(
      "SELECT l.period, l.locked_at, l.locked_by, COALESCE(u.name, '') FROM target_locks l "
      "LEFT JOIN users u ON u.tenant_id = l.tenant_id AND u.id = l.locked_by "
      "WHERE l.tenant_id = $1 AND l.period >= $2 AND l.period < $3 ORDER BY l.period",
      {V(tenant_id), bounds[0], bounds[1]});
  if (!r.ok()) return r.status();
  std::vector<TargetLock> out;
  for (auto& row : r->rows) out.push_back({row.TakeText(0), row.Int(1), row.Int(2), row.TakeText(3)});
  return out;
}

Result<std::optional<std::string>> FirstLocked(Connection& conn, Id tenant_id, const std::vector<std::string>& periods) {
  if (periods.empty()) return std::optional<std::string>();
  Params p{V(tenant_id)};
  std::string in;
  for (const auto& period : periods) {
    in += (in.empty() ? "" : ", ") + storage::Next(p);
    p.push_back(V(period));
  }
  auto r = conn.Query("SELECT period FROM target_locks WHERE tenant_id = $1 AND period IN (" + in + ") ORDER BY period LIMIT 1", p);
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->front().Text(0));
}

Result<bool> InsertLock(Connection& conn, Id tenant_id, const std::string& period, Instant at, Id by) {
  auto r = conn.Query(
      "INSERT INTO target_locks (tenant_id, period, locked_at, locked_by) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (tenant_id, period) DO NOTHING",
      {V(tenant_id), V(period), V(at), V(by)});
  if (!r.ok()) return r.status();
  return r->affected > 0;
}

Result<bool> DeleteLock(Connection& conn, Id tenant_id, const std::string& period) {
  auto r = conn.Query("DELETE FROM target_locks WHERE tenant_id = $1 AND period = $2", {V(tenant_id), V(period)});
  if (!r.ok()) return r.status();
  return r->affected > 0;
}

Result<Page<TargetChange>> ListChanges(Connection& conn, const org::Caller& caller, const ChangeFilter& f,
                                       const std::optional<VisibleAssignees>& visible, const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "c.tenant_id = $1";
  auto eq = storage::EqualsAppender(where, p);
  if (!f.metric.empty()) eq("c.metric", V(f.metric));
  if (const auto period = ParsePeriod(f.period); period && period->kind == PeriodKind::kYear) {
    const Params bounds = YearBounds(period->year);
    where += " AND c.period >= " + storage::Next(p);
    p.push_back(bounds[0]);
    where += " AND c.period < " + storage::Next(p);
    p.push_back(bounds[1]);
  } else if (!f.period.empty()) {
    eq("c.period", V(f.period));
  }
  if (visible) {
    where += " AND (c.assignee_type IN ('company', '')";
    if (!visible->departments.empty())
      where += " OR (c.assignee_type = 'department' AND c.assignee_id IN (" + storage::AppendIds(p, visible->departments) + "))";
    if (!visible->users.empty())
      where += " OR (c.assignee_type = 'user' AND c.assignee_id IN (" + storage::AppendIds(p, visible->users) + "))";
    where += ")";
  }
  if (Status k = storage::AppendKeyset(page, "c.at", false, "c.id", where, p); !k.ok()) return k;
  // Names: the author's and the assignee's, users and departments joined for the name alone
  // (org's tables, a narrow read).
  auto r = conn.Query(
      "SELECT c.id, c.at, c.by_user, COALESCE(b.name, ''), c.metric, c.period, c.assignee_type, c.assignee_id, "
      "COALESCE(au.name, d.name, ''), c.field, c.before_value, c.after_value, c.customer_level FROM target_changes c "
      "LEFT JOIN users b ON b.tenant_id = c.tenant_id AND b.id = c.by_user "
      "LEFT JOIN users au ON c.assignee_type = 'user' AND au.tenant_id = c.tenant_id AND au.id = c.assignee_id "
      "LEFT JOIN departments d ON c.assignee_type = 'department' AND d.tenant_id = c.tenant_id AND d.id = c.assignee_id "
      "WHERE " + where + " ORDER BY c.at DESC, c.id DESC LIMIT " + std::to_string(page.limit + 1),
      p);
  if (!r.ok()) return r.status();
  Page<TargetChange> out;
  for (auto& row : r->rows) {
    TargetChange c;
    c.id = row.Int(0);
    c.at = row.Int(1);
    c.by = row.Int(2);
    c.by_name = row.TakeText(3);
    c.metric = row.TakeText(4);
    c.period = row.TakeText(5);
    Assignee a;
    if (ParseAssigneeType(row.Text(6), &a.type)) {
      a.id = row.Int(7);
      c.assignee = a;
    }
    c.assignee_name = row.TakeText(8);
    c.field = row.TakeText(9);
    c.before = row.OptInt(10);
    c.after = row.OptInt(11);
    c.customer_level = row.TakeText(12);
    out.items.push_back(std::move(c));
  }
  TrimToPage(out, page.limit, [](const TargetChange& c) { return std::to_string(c.at); });
  return out;
}

}  // namespace quanke::targets
