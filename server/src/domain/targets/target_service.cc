#include "domain/targets/target_service.h"

#include <set>

#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/targets/target_import.h"
#include "domain/targets/target_internal.h"
#include "domain/targets/target_repository.h"

namespace quanke::targets {
using storage::Connection;

namespace {

constexpr size_t kMaxItems = 500;

// One item checked: its key and the tiers to write (value nullopt: remove).
struct CheckedItem {
  Period period;
  Assignee assignee;
  std::optional<std::int64_t> value;
  std::optional<std::int64_t> sprint_value;
  std::optional<std::int64_t> challenge_value;
};

// Checks the items against the rules of the doc; issues are named items[i].field.
Result<std::vector<CheckedItem>> CheckItems(const std::vector<TargetItem>& items, const ScopeTree& scope) {
  if (items.empty() || items.size() > kMaxItems) return Status::Validation({{"items", "invalid_value"}});
  std::vector<FieldIssue> issues;
  std::vector<CheckedItem> out;
  std::set<std::pair<std::string, Assignee>> seen;
  for (size_t i = 0; i < items.size(); ++i) {
    const TargetItem& in = items[i];
    const std::string at = "items[" + std::to_string(i) + "].";
    const auto issue = [&](const char* field, const char* what) { issues.push_back({at + field, what}); };
    CheckedItem c;
    const auto period = ParsePeriod(in.period);
    if (!period) issue("period", in.period.empty() ? "required" : "invalid_value");
    else c.period = *period;
    if (!ParseAssigneeType(in.assignee_type, &c.assignee.type)) {
      issue("assigneeType", in.assignee_type.empty() ? "required" : "invalid_value");
    } else if (c.assignee.type == AssigneeType::kCompany) {
      if (in.assignee_id) issue("assigneeId", "invalid_value");
    } else {
      c.assignee.id = in.assignee_id.value_or(0);
      // Unknown, another tenant's and outside the caller's scope look the same.
      if (!scope.Has(c.assignee)) issue("assigneeId", in.assignee_id ? "invalid_value" : "required");
    }
    c.value = in.value;
    c.sprint_value = in.sprint_value;
    c.challenge_value = in.challenge_value;
    if (c.value && *c.value < 0) issue("value", "invalid_value");
    if (c.value && c.sprint_value && *c.sprint_value < *c.value) issue("sprintValue", "invalid_value");
    if (c.value && c.challenge_value && *c.challenge_value < c.sprint_value.value_or(*c.value))
      issue("challengeValue", "invalid_value");
    if (period && !seen.insert({FormatPeriod(c.period), c.assignee}).second) issue("period", "invalid_value");
    out.push_back(c);
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return out;
}

// The change rows of one field, when it changed.
void RecordField(std::vector<TargetChange>& changes, const TargetChange& base, const char* field,
                 std::optional<std::int64_t> before, std::optional<std::int64_t> after) {
  if (before == after) return;
  TargetChange c = base;
  c.id = Ids().Next();
  c.field = field;
  c.before = before;
  c.after = after;
  changes.push_back(std::move(c));
}

// Writes one checked item (insert, update or delete) and its change rows; answers the row as
// written, nullopt when removed or absent.
Result<std::optional<Target>> WriteItem(Connection& conn, const org::Caller& caller, const std::string& metric,
                                        const std::string& customer_level, const CheckedItem& item, Instant now) {
  const std::string period = FormatPeriod(item.period);
  auto existing = FindTarget(conn, caller.tenant_id, metric, customer_level, period, item.assignee);
  if (!existing.ok()) return existing.status();
  const std::optional<Target>& before = *existing;
  std::optional<Target> after;
  if (item.value) {
    Target t = before.value_or(Target{});
    if (!before) {
      t.id = Ids().Next();
      t.metric = metric;
      t.customer_level = customer_level;
      t.period = item.period;
      t.assignee = item.assignee;
    }
    t.value = *item.value;
    t.sprint_value = item.sprint_value;
    t.challenge_value = item.challenge_value;
    t.updated_at = now;
    t.updated_by = caller.user_id;
    after = t;
  }
  const auto field = [](const std::optional<Target>& t, std::optional<std::int64_t> Target::*member) {
    return t ? (*t).*member : std::optional<std::int64_t>();
  };
  const auto value = [](const std::optional<Target>& t) { return t ? std::optional<std::int64_t>(t->value) : std::nullopt; };
  TargetChange base;
  base.at = now;
  base.by = caller.user_id;
  base.metric = metric;
  base.customer_level = customer_level;
  base.period = period;
  base.assignee = item.assignee;
  std::vector<TargetChange> changes;
  RecordField(changes, base, "value", value(before), value(after));
  RecordField(changes, base, "sprintValue", field(before, &Target::sprint_value), field(after, &Target::sprint_value));
  RecordField(changes, base, "challengeValue", field(before, &Target::challenge_value),
              field(after, &Target::challenge_value));
  if (changes.empty()) return before;
  Status s = !after ? DeleteTarget(conn, caller.tenant_id, before->id)
             : before ? UpdateTarget(conn, caller.tenant_id, *after)
                      : InsertTarget(conn, caller.tenant_id, *after);
  if (!s.ok()) return s;
  for (const auto& c : changes)
    if (Status w = InsertChange(conn, caller.tenant_id, c); !w.ok()) return w;
  return after;
}

Status LockedRefusal(const std::string& period) {
  Status refused = Status::Error("target.locked", "The targets of this period are locked.");
  refused.With("period", period);
  return refused;
}

// The item's issues without their `items[0].` prefix (one cell).
Status WithoutItemPrefix(const Status& s) {
  if (s.code() != "validation.failed") return s;
  std::vector<FieldIssue> issues;
  const std::string prefix = "items[0].";
  for (const auto& f : s.fields())
    issues.push_back({f.field.rfind(prefix, 0) == 0 ? f.field.substr(prefix.size()) : f.field, f.issue});
  return Status::Validation(std::move(issues));
}

// Fills each target's updated_by_name.
Status NameAuthors(Connection& conn, Id tenant_id, std::vector<Target>& targets) {
  std::vector<Id> ids;
  for (const Target& t : targets) ids.push_back(t.updated_by);
  auto briefs = org::UserBriefs(conn, tenant_id, ids);
  if (!briefs.ok()) return briefs.status();
  for (Target& t : targets)
    for (const auto& b : *briefs)
      if (b.id == t.updated_by) t.updated_by_name = b.name;
  return Status::Ok();
}

}  // namespace

TargetService::TargetService(storage::Database& db, const Clock& clock)
    : db_(db), clock_(clock), actuals_(std::make_unique<ActualsCache>()) {}
TargetService::~TargetService() = default;

Result<TargetSheet> TargetService::Sheet(const org::Caller& caller, const std::string& metric, int year,
                                         const std::string& customer_level) {
  if (Status s = org::Require(caller, "target.view"); !s.ok()) return s;
  auto m = TargetableMetric(metric);
  if (!m.ok()) return m.status();
  if (Status s = CheckCustomerLevel(customer_level); !s.ok()) return s;
  if (!ValidYear(year)) return Status::Validation({{"year", "invalid_value"}});
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto scope = LoadScope(**lease, caller);
  if (!scope.ok()) return scope.status();
  auto targets = TargetsOfYear(**lease, caller.tenant_id, metric, customer_level, year);
  if (!targets.ok()) return targets.status();
  auto locks = LocksOfYear(**lease, caller.tenant_id, year);
  if (!locks.ok()) return locks.status();

  TargetSheet sheet;
  sheet.metric = metric;
  sheet.customer_level = customer_level;
  sheet.year = year;
  for (const auto& l : *locks) sheet.locked.push_back(l.period);
  sheet.assignees = scope->assignees;
  std::vector<SheetValue> values;
  for (const Target& t : *targets) {
    const auto at = scope->position.find(t.assignee);
    if (at == scope->position.end()) continue;  // outside the caller's scope
    sheet.cells.push_back({t.period, t.assignee, t.value, t.sprint_value, t.challenge_value});
    values.push_back({static_cast<int>(at->second), t.period, t.value});
  }
  for (const SheetFlag& f : SheetFlags(scope->nodes, values))
    sheet.flags.push_back({f.kind, f.period, scope->assignees[static_cast<size_t>(f.node)].assignee, f.expected, f.actual});
  return sheet;
}

Result<std::vector<Target>> TargetService::Write(const org::Caller& caller, const std::string& metric,
                                                 const std::vector<TargetItem>& items,
                                                 const std::string& customer_level) {
  if (Status s = org::Require(caller, "target.configure"); !s.ok()) return s;
  auto m = TargetableMetric(metric);
  if (!m.ok()) return m.status();
  if (Status s = CheckCustomerLevel(customer_level); !s.ok()) return s;
  Result<ScopeTree> scope = Status::Internal("not read");
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    scope = LoadScope(**lease, caller);
    if (!scope.ok()) return scope.status();
  }
  auto checked = CheckItems(items, *scope);
  if (!checked.ok()) return checked.status();
  std::vector<std::string> periods;
  for (const auto& c : *checked) periods.push_back(FormatPeriod(c.period));
  return storage::InTransactionResult<std::vector<Target>>(db_, [&](Connection& conn) -> Result<std::vector<Target>> {
    if (Status l = LockTenantTargets(conn, caller.tenant_id); !l.ok()) return l;
    auto locked = FirstLocked(conn, caller.tenant_id, periods);
    if (!locked.ok()) return locked.status();
    if (*locked) return LockedRefusal(**locked);
    const Instant now = clock_.Now();
    std::vector<Target> written;
    for (const CheckedItem& c : *checked) {
      auto row = WriteItem(conn, caller, metric, customer_level, c, now);
      if (!row.ok()) return row.status();
      if (!*row) continue;
      Target t = std::move(**row);
      t.assignee_name = scope->Find(t.assignee)->name;
      written.push_back(std::move(t));
    }
    if (Status n = NameAuthors(conn, caller.tenant_id, written); !n.ok()) return n;
    return written;
  });
}

CellWriter::CellWriter(const org::Caller& caller, std::unique_ptr<ScopeTree> scope)
    : caller_(caller), scope_(std::move(scope)) {}
CellWriter::CellWriter(CellWriter&&) noexcept = default;
CellWriter::~CellWriter() = default;

Result<CellWriter> CellWriter::Open(Connection& conn, const org::Caller& caller) {
  if (Status s = org::Require(caller, "target.configure"); !s.ok()) return s;
  if (Status l = LockTenantTargets(conn, caller.tenant_id); !l.ok()) return l;
  auto scope = LoadScope(conn, caller);
  if (!scope.ok()) return scope.status();
  return CellWriter(caller, std::make_unique<ScopeTree>(std::move(*scope)));
}

Result<std::optional<Target>> CellWriter::Find(Connection& conn, const std::string& metric,
                                               const std::string& customer_level, const std::string& period,
                                               const Assignee& assignee) const {
  if (auto m = TargetableMetric(metric); !m.ok()) return m.status();
  if (Status s = CheckCustomerLevel(customer_level); !s.ok()) return s;
  auto parsed = ReadPeriod(period, "period");
  if (!parsed.ok()) return parsed.status();
  // Outside the caller's sheet a cell is unknown, set or not (as Write refuses it).
  if (!scope_->Has(assignee)) return Status::Validation({{"assigneeId", "invalid_value"}});
  return FindTarget(conn, caller_.tenant_id, metric, customer_level, FormatPeriod(*parsed), assignee);
}

Result<Target> CellWriter::Write(Connection& conn, const std::string& metric, const std::string& customer_level,
                                 const TargetItem& item, Instant now) const {
  if (auto m = TargetableMetric(metric); !m.ok()) return m.status();
  if (Status s = CheckCustomerLevel(customer_level); !s.ok()) return s;
  if (!item.value) return Status::Validation({{"value", "required"}});
  auto checked = CheckItems({item}, *scope_);
  if (!checked.ok()) return WithoutItemPrefix(checked.status());
  const CheckedItem& c = checked->front();
  const std::string period = FormatPeriod(c.period);
  auto locked = FirstLocked(conn, caller_.tenant_id, {period});
  if (!locked.ok()) return locked.status();
  if (*locked) return LockedRefusal(**locked);
  auto row = WriteItem(conn, caller_, metric, customer_level, c, now);
  if (!row.ok()) return row.status();
  std::vector<Target> written{**row};
  written.front().assignee_name = scope_->Find(c.assignee)->name;
  if (Status n = NameAuthors(conn, caller_.tenant_id, written); !n.ok()) return n;
  return written.front();
}

}  // namespace quanke::targets
