#include "domain/deals/deal_repository.h"

#include <map>

#include "domain/customers/normalize.h"
#include "domain/deals/deal_codec.h"
#include "domain/org/scope_repository.h"
#include "storage/keyset.h"

namespace quanke::deals {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

// The columns of an opportunity and the names joined for the answer: the customer and contact
// (customers' tables), the owner and their department (org's), the process and stage (ours).
constexpr std::string_view kSelect =
    "SELECT o.id, o.name, o.customer_id, COALESCE(c.name, ''), o.contact_id, COALESCE(ct.name, ''), "
    "o.amount_fen, o.expected_close_date, o.process_id, COALESCE(p.name, ''), o.stage_id, COALESCE(st.name, ''), "
    "COALESCE(st.kind, ''), o.stage_position, o.max_position, o.stage_entered_at, o.probability, "
    "o.probability_set, o.status, o.close_reason, o.closed_at, o.lead_id, o.competitors, o.notes, o.owner_id, "
    "COALESCE(u.name, ''), COALESCE(u.department_id, 0), COALESCE(d.name, ''), o.last_activity_at, "
    "o.stale_reminded_at, COALESCE(p.stale_days, 0), COALESCE(p.stale_when_overdue, 0), o.version, "
    "o.created_by, o.created_at, o.updated_at, o.deleted_at FROM opportunities o "
    "LEFT JOIN customers c ON c.tenant_id = o.tenant_id AND c.id = o.customer_id "
    "LEFT JOIN contacts ct ON ct.tenant_id = o.tenant_id AND ct.id = o.contact_id "
    "LEFT JOIN sales_processes p ON p.tenant_id = o.tenant_id AND p.id = o.process_id "
    "LEFT JOIN sales_stages st ON st.tenant_id = o.tenant_id AND st.id = o.stage_id "
    "LEFT JOIN users u ON u.tenant_id = o.tenant_id AND u.id = o.owner_id "
    "LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id ";

Opportunity Read(storage::Row& r) {
  Opportunity o;
  size_t i = 0;
  o.id = r.Int(i++);
  o.name = r.TakeText(i++);
  o.customer_id = r.Int(i++);
  o.customer_name = r.TakeText(i++);
  o.contact_id = r.OptInt(i++);
  o.contact_name = r.TakeText(i++);
  o.amount_fen = r.Int(i++);
  o.expected_close_date = r.TakeOptText(i++);
  o.process_id = r.Int(i++);
  o.process_name = r.TakeText(i++);
  o.stage_id = r.Int(i++);
  o.stage_name = r.TakeText(i++);
  o.stage_kind = r.TakeText(i++);
  o.stage_position = r.Int(i++);
  o.max_position = r.Int(i++);
  o.stage_entered_at = r.Int(i++);
  o.probability = r.Int(i++);
  o.probability_set = r.Bool(i++);
  o.status = r.TakeText(i++);
  o.close_reason = r.TakeText(i++);
  o.closed_at = r.OptInt(i++);
  o.lead_id = r.OptInt(i++);
  o.competitors = StringsFromJson(r.Text(i++));
  o.notes = r.TakeText(i++);
  o.owner_id = r.Int(i++);
  o.owner_name = r.TakeText(i++);
  o.department_id = r.Int(i++);
  o.department_name = r.TakeText(i++);
  o.last_activity_at = r.Int(i++);
  o.stale_reminded_at = r.OptInt(i++);
  o.stale_days = r.Int(i++);
  o.stale_when_overdue = r.Bool(i++);
  o.version = r.Int(i++);
  o.created_by = r.OptInt(i++);
  o.created_at = r.Int(i++);
  o.updated_at = r.Int(i++);
  o.deleted_at = r.OptInt(i++);
  return o;
}

std::string SearchTextOf(const Opportunity& o) { return customers::SearchText({o.name, o.customer_name}); }

using storage::Next;

// Loads the items of `opps` (one query).
Status LoadItems(Connection& conn, Id tenant_id, std::vector<Opportunity*> opps) {
  if (opps.empty()) return Status::Ok();
  std::map<Id, Opportunity*> by_id;
  std::vector<Id> ids;
  for (auto* o : opps) {
    by_id[o->id] = o;
    ids.push_back(o->id);
  }
  Params p{V(tenant_id)};
  const std::string in = storage::AppendIds(p, ids);
  auto r = conn.Query(
      "SELECT opportunity_id, product_id, name, quantity, unit_price_fen, discount_fen FROM opportunity_items "
      "WHERE tenant_id = $1 AND opportunity_id IN (" + in + ") ORDER BY opportunity_id, position",
      p);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows)
    by_id[row.Int(0)]->items.push_back({row.OptInt(1), row.TakeText(2), row.Int(3), row.Int(4), row.Int(5)});
  return Status::Ok();
}

Status WriteItems(Connection& conn, Id tenant_id, const Opportunity& o, bool replace) {
  if (replace)
    if (Status s = conn.Defer("DELETE FROM opportunity_items WHERE tenant_id = $1 AND opportunity_id = $2",
                              {V(tenant_id), V(o.id)});
        !s.ok())
      return s;
  std::int64_t position = 0;
  for (const auto& it : o.items)
    if (Status s = conn.Defer(
            "INSERT INTO opportunity_items (tenant_id, opportunity_id, position, product_id, name, quantity, "
            "unit_price_fen, discount_fen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {V(tenant_id), V(o.id), V(++position), V(it.product_id), V(it.name), V(it.quantity),
             V(it.unit_price_fen), V(it.discount_fen)});
        !s.ok())
      return s;
  return Status::Ok();
}

// The stale condition of the rules ("1=0" when none applies).
std::string StaleSql(const std::vector<StaleRule>& rules, Params& p) {
  std::string any;
  for (const auto& r : rules) {
    std::string one;
    if (r.no_activity_before) {
      one = "o.last_activity_at < " + Next(p);
      p.push_back(V(*r.no_activity_before));
    }
    if (r.overdue_before) {
      if (!one.empty()) one += " OR ";
      one += "o.expected_close_date < " + Next(p);
      p.push_back(V(*r.overdue_before));
    }
    if (one.empty()) continue;
    if (!any.empty()) any += " OR ";
    any += "(o.process_id = " + Next(p) + " AND (" + one + "))";
    p.push_back(V(r.process_id));
  }
  return any.empty() ? "1=0" : "o.status = 'open' AND (" + any + ")";
}

struct SortSpec {
  const char* column;
  bool text;
};
SortSpec SortOf(const std::string& sort) {
  if (sort == "amountFen") return {"o.amount_fen", false};
  if (sort == "expectedCloseDate") return {"COALESCE(o.expected_close_date, '9999-12-31')", true};
  if (sort == "updatedAt") return {"o.updated_at", false};
  return {"o.created_at", false};
}
std::string SortValueOf(const Opportunity& o, const std::string& sort) {
  if (sort == "amountFen") return std::to_string(o.amount_fen);
  if (sort == "expectedCloseDate") return o.expected_close_date.value_or("9999-12-31");
  if (sort == "updatedAt") return std::to_string(o.updated_at);
  return std::to_string(o.created_at);
}

}  // namespace

std::string OwnedScopeSql(const org::Caller& caller, const std::string& owner_column,
                          const std::string& customer_column, Params& p) {
  if (caller.scope == org::DataScope::kAll) return "";
  org::ScopeFilter scope = org::OwnerScopeFilter(caller, owner_column, static_cast<int>(p.size()) + 1);
  p.insert(p.end(), scope.params.begin(), scope.params.end());
  const std::string me = Next(p);
  p.push_back(V(caller.user_id));
  return " AND (" + scope.sql + " OR " + customer_column +
         " IN (SELECT ctm.customer_id FROM customer_team ctm WHERE ctm.tenant_id = $1 AND ctm.user_id = " + me + "))";
}

std::string DepartmentOwnersSql(const std::string& owner_column, Id department_id, Params& p) {
  const std::string d = Next(p);
  p.push_back(V(department_id));
  return " AND " + owner_column + " IN (SELECT du.id FROM users du WHERE du.tenant_id = $1 AND du.department_id IN "
         "(WITH RECURSIVE sub(id) AS (SELECT CAST(" + d + " AS BIGINT) UNION SELECT sd.id FROM departments sd "
         "JOIN sub ON sd.parent_id = sub.id WHERE sd.tenant_id = $1) SELECT id FROM sub))";
}

Result<Opportunity> GetOpportunity(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kSelect) + "WHERE o.tenant_id = $1 AND o.id = $2 AND o.deleted_at IS NULL",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  Opportunity o = Read(r->rows.front());
  if (Status s = LoadItems(conn, tenant_id, {&o}); !s.ok()) return s;
  return o;
}

Status InsertOpportunity(Connection& conn, Id tenant_id, const Opportunity& o) {
  if (Status s = conn.Defer(
          "INSERT INTO opportunities (tenant_id, id, customer_id, contact_id, name, amount_fen, "
          "expected_close_date, process_id, stage_id, stage_position, max_position, stage_entered_at, probability, "
          "probability_set, status, close_reason, closed_at, lead_id, competitors, notes, owner_id, "
          "last_activity_at, search_text, version, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
          "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)",
          {V(tenant_id), V(o.id), V(o.customer_id), V(o.contact_id), V(o.name), V(o.amount_fen),
           V(o.expected_close_date), V(o.process_id), V(o.stage_id), V(o.stage_position), V(o.max_position),
           V(o.stage_entered_at), V(o.probability), V(o.probability_set), V(o.status), V(o.close_reason),
           V(o.closed_at), V(o.lead_id), V(StringsToJson(o.competitors)), V(o.notes), V(o.owner_id),
           V(o.last_activity_at), V(SearchTextOf(o)), V(o.version), V(o.created_by), V(o.created_at),
           V(o.updated_at)});
      !s.ok())
    return s;
  return WriteItems(conn, tenant_id, o, false);
}

Status UpdateOpportunityFields(Connection& conn, const org::Caller& caller, const Opportunity& o) {
  if (Status s = conn.Defer(
          "UPDATE opportunities SET name = $3, contact_id = $4, amount_fen = $5, expected_close_date = $6, "
          "probability = $7, probability_set = $8, competitors = $9, notes = $10, search_text = $11, "
          "last_activity_at = $12, updated_at = $12, version = version + 1 WHERE tenant_id = $1 AND id = $2",
          {V(caller.tenant_id), V(o.id), V(o.name), V(o.contact_id), V(o.amount_fen), V(o.expected_close_date),
           V(o.probability), V(o.probability_set), V(StringsToJson(o.competitors)), V(o.notes), V(SearchTextOf(o)),
           V(o.updated_at)});
      !s.ok())
    return s;
  return WriteItems(conn, caller.tenant_id, o, true);
}

Result<bool> MoveOpportunity(Connection& conn, Id tenant_id, const Opportunity& o, std::int64_t expected_version) {
  auto r = conn.Query(
      "UPDATE opportunities SET stage_id = $3, stage_position = $4, max_position = $5, stage_entered_at = $6, "
      "probability = $7, probability_set = $8, status = $9, close_reason = $10, closed_at = $11, "
      "last_activity_at = $6, updated_at = $6, version = version + 1 WHERE tenant_id = $1 AND id = $2 AND "
      "version = $12 AND deleted_at IS NULL",
      {V(tenant_id), V(o.id), V(o.stage_id), V(o.stage_position), V(o.max_position), V(o.stage_entered_at),
       V(o.probability), V(o.probability_set), V(o.status), V(o.close_reason), V(o.closed_at),
       V(expected_version)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Status TouchOpportunity(Connection& conn, Id tenant_id, Id id, Instant at) {
  return conn.Defer(
      "UPDATE opportunities SET last_activity_at = $3 WHERE tenant_id = $1 AND id = $2 AND last_activity_at < $3",
      {V(tenant_id), V(id), V(at)});
}

Status SoftDeleteOpportunity(Connection& conn, const org::Caller& caller, Id id, Instant at) {
  return conn.Defer(
      "UPDATE opportunities SET deleted_at = $3, deleted_by = $4, updated_at = $3, version = version + 1 WHERE "
      "tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(id), V(at), V(caller.user_id)});
}

Result<std::optional<std::int64_t>> OpportunityVersion(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query("SELECT version FROM opportunities WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(r->front().Int(0));
}

Status InsertStageChange(Connection& conn, Id tenant_id, const StageChange& c) {
  return conn.Defer(
      "INSERT INTO opportunity_stage_changes (tenant_id, id, opportunity_id, process_version, from_stage_id, "
      "from_name, to_stage_id, to_name, to_kind, to_position, direction, feedback, feedback_fields, checklist_done, "
      "reason, ms_in_from, amount_fen, probability, user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
      "$11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
      {V(tenant_id), V(c.id), V(c.opportunity_id), V(c.process_version), V(c.from_stage_id), V(c.from_name),
       V(c.to_stage_id), V(c.to_name), V(c.to_kind), V(c.to_position), V(c.direction), V(c.feedback),
       V(c.feedback_fields), V(StringsToJson(c.checklist_done)), V(c.reason), V(c.ms_in_from), V(c.amount_fen),
       V(c.probability), V(c.user_id), V(c.at)});
}

Result<std::vector<StageChange>> ListStageChanges(Connection& conn, const org::Caller& caller, Id opportunity_id) {
  auto r = conn.Query(
      "SELECT h.id, h.process_version, h.from_stage_id, h.from_name, h.to_stage_id, h.to_name, h.to_kind, "
      "h.to_position, h.direction, h.feedback, h.feedback_fields, h.checklist_done, h.reason, h.ms_in_from, "
      "h.amount_fen, h.probability, h.user_id, COALESCE(u.name, ''), h.at FROM opportunity_stage_changes h "
      "LEFT JOIN users u ON u.tenant_id = h.tenant_id AND u.id = h.user_id "
      "WHERE h.tenant_id = $1 AND h.opportunity_id = $2 ORDER BY h.at, h.id",
      {V(caller.tenant_id), V(opportunity_id)});
  if (!r.ok()) return r.status();
  std::vector<StageChange> out;
  for (auto& row : r->rows) {
    StageChange c;
    c.id = row.Int(0);
    c.opportunity_id = opportunity_id;
    c.process_version = row.Int(1);
    c.from_stage_id = row.OptInt(2);
    c.from_name = row.TakeText(3);
    c.to_stage_id = row.Int(4);
    c.to_name = row.TakeText(5);
    c.to_kind = row.TakeText(6);
    c.to_position = row.Int(7);
    c.direction = row.TakeText(8);
    c.feedback = row.TakeText(9);
    c.feedback_fields = row.TakeText(10);
    c.checklist_done = StringsFromJson(row.Text(11));
    c.reason = row.TakeText(12);
    c.ms_in_from = row.OptInt(13);
    c.amount_fen = row.Int(14);
    c.probability = row.Int(15);
    c.user_id = row.OptInt(16);
    c.user_name = row.TakeText(17);
    c.at = row.Int(18);
    out.push_back(std::move(c));
  }
  return out;
}

Result<Page<Opportunity>> ListOpportunities(Connection& conn, const org::Caller& caller, const OpportunityFilter& f,
                                            const std::vector<StaleRule>& stale_rules, const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "o.tenant_id = $1 AND o.deleted_at IS NULL";
  auto eq = storage::EqualsAppender(where, p);
  if (f.mine) {
    eq("o.owner_id", V(caller.user_id));
  } else {
    where += OwnedScopeSql(caller, "o.owner_id", "o.customer_id", p);
  }
  if (f.owner_id) eq("o.owner_id", V(*f.owner_id));
  if (f.customer_id) eq("o.customer_id", V(*f.customer_id));
  if (f.process_id) eq("o.process_id", V(*f.process_id));
  if (f.stage_id) eq("o.stage_id", V(*f.stage_id));
  if (f.department_id) where += DepartmentOwnersSql("o.owner_id", *f.department_id, p);
  if (!f.statuses.empty()) {
    where += " AND o.status IN (";
    for (size_t i = 0; i < f.statuses.size(); ++i) {
      where += (i ? ", " : "") + Next(p);
      p.push_back(V(f.statuses[i]));
    }
    where += ")";
  }
  if (!f.close_month.empty()) {
    where += " AND o.expected_close_date >= " + Next(p);
    p.push_back(V(f.close_month + "-01"));
    where += " AND o.expected_close_date <= " + Next(p);
    p.push_back(V(f.close_month + "-31"));
  }
  if (f.closed_from) {
    where += " AND o.closed_at >= " + Next(p);
    p.push_back(V(*f.closed_from));
  }
  if (f.closed_to) {
    where += " AND o.closed_at < " + Next(p);
    p.push_back(V(*f.closed_to));
  }
  if (f.reached_position) {
    where += " AND o.max_position >= " + Next(p);
    p.push_back(V(*f.reached_position));
  }
  if (!f.lost_reason.empty()) {
    where += " AND o.status = 'lost'";
    eq("o.close_reason", V(f.lost_reason));
  }
  if (f.created_from) {
    where += " AND o.created_at >= " + Next(p);
    p.push_back(V(*f.created_from));
  }
  if (f.created_to) {
    where += " AND o.created_at < " + Next(p);
    p.push_back(V(*f.created_to));
  }
  if (f.stale) where += " AND " + StaleSql(stale_rules, p);
  if (!f.q.empty()) {
    where += " AND o.search_text LIKE " + Next(p);
    p.push_back(V("%" + customers::NormalizeQuery(f.q) + "%"));
  }
  // The total counts the filtered rows — unless the list is the whole company's, filtered by
  // nothing (or by its process only), where counting reads every opportunity (API.md lets a list
  // omit `total`; the customer list does the same). A drill-down from a report names its filters
  // and is counted. The page continues after the cursor.
  const bool filtered = f.mine || f.owner_id || f.customer_id || f.stage_id || f.department_id ||
                        !f.statuses.empty() || f.stale || !f.close_month.empty() || f.closed_from ||
                        f.closed_to || f.reached_position || !f.lost_reason.empty() || f.created_from ||
                        f.created_to || !f.q.empty();
  const bool counts = filtered || caller.scope != org::DataScope::kAll;
  const storage::Statement count{"SELECT COUNT(*) FROM opportunities o WHERE " + where, p};
  const SortSpec sort = SortOf(page.sort);
  const char* cmp = page.descending ? "<" : ">";
  const char* dir = page.descending ? "DESC" : "ASC";
  if (!page.cursor.empty()) {
    std::string sort_value;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &sort_value, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    storage::Value v;
    if (sort.text) {
      v = V(sort_value);
    } else {
      try {
        v = V(static_cast<std::int64_t>(std::stoll(sort_value)));
      } catch (...) {
        return Status::Validation({{"cursor", "invalid_value"}});
      }
    }
    const std::string a = Next(p);
    p.push_back(v);
    const std::string b = Next(p);
    p.push_back(V(last));
    where += std::string(" AND (") + sort.column + " " + cmp + " " + a + " OR (" + sort.column + " = " + a +
             " AND o.id " + cmp + " " + b + "))";
  }
  std::vector<storage::Statement> statements = {
      {std::string(kSelect) + "WHERE " + where + " ORDER BY " + sort.column + " " + dir + ", o.id " + dir +
           " LIMIT " + std::to_string(page.limit + 1),
       p}};
  if (counts) statements.push_back(count);
  auto batch = conn.QueryBatch(statements);
  for (auto& r : batch)
    if (!r.ok()) return r.status();
  Page<Opportunity> out;
  for (auto& row : batch[0]->rows) out.items.push_back(Read(row));
  TrimToPage(out, page.limit, [&](const Opportunity& o) { return SortValueOf(o, page.sort); });
  if (counts) out.total = batch[1]->front().Int(0);
  std::vector<Opportunity*> opps;
  for (auto& o : out.items) opps.push_back(&o);
  if (Status s = LoadItems(conn, caller.tenant_id, opps); !s.ok()) return s;
  return out;
}

Result<std::vector<Opportunity>> StaleCandidates(Connection& conn, Id tenant_id, const std::vector<StaleRule>& rules,
                                                 Id after_id, int limit) {
  Params p{V(tenant_id), V(after_id)};
  const std::string stale = StaleSql(rules, p);
  auto r = conn.Query(std::string(kSelect) + "WHERE o.tenant_id = $1 AND o.id > $2 AND o.deleted_at IS NULL AND " +
                          stale + " ORDER BY o.id LIMIT " + std::to_string(limit),
                      p);
  if (!r.ok()) return r.status();
  std::vector<Opportunity> out;
  for (auto& row : r->rows) out.push_back(Read(row));
  return out;
}

Result<bool> MarkStaleReminded(Connection& conn, Id tenant_id, Id id, Instant episode_start, Instant at) {
  auto r = conn.Query(
      "UPDATE opportunities SET stale_reminded_at = $4 WHERE tenant_id = $1 AND id = $2 AND "
      "(stale_reminded_at IS NULL OR stale_reminded_at < $3)",
      {V(tenant_id), V(id), V(episode_start), V(at)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

}  // namespace quanke::deals
