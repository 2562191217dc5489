#include "domain/leads/lead_repository.h"

#include <boost/json.hpp>

#include "core/text_list.h"
#include "domain/customers/normalize.h"
#include "domain/fields/field_repository.h"
#include "domain/org/scope_repository.h"

namespace quanke::leads {
namespace {
namespace json = boost::json;
using storage::Connection;
using storage::Params;
using storage::V;

// The columns of a lead and the names joined for the answer (users, departments, pools,
// customers and push rules belong to other modules; the joins stay here for the reads).
constexpr std::string_view kLeadSelect =
    "SELECT l.id, l.name, l.company, l.company_norm, l.credit_code, l.mobile, l.phone, l.email, "
    "l.wechat, l.title, l.source_id, COALESCE(s.name, ''), l.campaign, l.province, l.city, "
    "l.industry, l.status, l.invalid_reason, l.tags, l.custom_fields, l.notes, l.owner_id, "
    "COALESCE(ou.name, ''), ou.department_id, l.pool_id, COALESCE(p.name, ''), l.home_pool_id, "
    "COALESCE(hp.name, ''), l.clock_start_at, l.claimed_at, l.released_at, l.previous_owner_id, "
    "l.times_reclaimed, l.reminded_for, l.assigned_rule_id, COALESCE(r.name, ''), l.assigned_at, "
    "l.customer_id, COALESCE(cu.name, ''), l.converted_at, l.converted_by, l.converted_contact_id, "
    "l.first_contact_at, l.last_follow_up_at, l.form_id, l.created_by, l.created_at, l.updated_at, "
    "l.deleted_at FROM leads l "
    "LEFT JOIN lead_sources s ON s.tenant_id = l.tenant_id AND s.id = l.source_id "
    "LEFT JOIN users ou ON ou.tenant_id = l.tenant_id AND ou.id = l.owner_id "
    "LEFT JOIN pools p ON p.tenant_id = l.tenant_id AND p.id = l.pool_id "
    "LEFT JOIN pools hp ON hp.tenant_id = l.tenant_id AND hp.id = l.home_pool_id "
    "LEFT JOIN lead_push_rules r ON r.tenant_id = l.tenant_id AND r.id = l.assigned_rule_id "
    "LEFT JOIN customers cu ON cu.tenant_id = l.tenant_id AND cu.id = l.customer_id ";

Lead ReadLead(storage::Row& r) {
  Lead l;
  size_t i = 0;
  l.id = r.Int(i++);
  l.name = r.TakeText(i++);
  l.company = r.TakeText(i++);
  l.company_norm = r.TakeText(i++);
  l.credit_code = r.TakeOptText(i++);
  l.mobile = r.TakeOptText(i++);
  l.phone = r.TakeOptText(i++);
  l.email = r.TakeOptText(i++);
  l.wechat = r.TakeOptText(i++);
  l.title = r.TakeText(i++);
  l.source_id = r.OptInt(i++);
  l.source_name = r.TakeText(i++);
  l.campaign = r.TakeText(i++);
  l.province = r.TakeText(i++);
  l.city = r.TakeText(i++);
  l.industry = r.TakeText(i++);
  l.status = r.TakeText(i++);
  l.invalid_reason = r.TakeText(i++);
  l.tags = SplitList(r.TakeText(i++));
  l.custom_fields = r.TakeText(i++);
  l.notes = r.TakeText(i++);
  l.owner_id = r.OptInt(i++);
  l.owner_name = r.TakeText(i++);
  l.owner_department_id = r.OptInt(i++);
  l.pool_id = r.OptInt(i++);
  l.pool_name = r.TakeText(i++);
  l.home_pool_id = r.OptInt(i++);
  l.home_pool_name = r.TakeText(i++);
  l.clock_start_at = r.OptInt(i++);
  l.claimed_at = r.OptInt(i++);
  l.released_at = r.OptInt(i++);
  l.previous_owner_id = r.OptInt(i++);
  l.times_reclaimed = r.Int(i++);
  l.reminded_for = r.OptInt(i++);
  l.assigned_rule_id = r.OptInt(i++);
  l.assigned_rule_name = r.TakeText(i++);
  l.assigned_at = r.OptInt(i++);
  l.customer_id = r.OptInt(i++);
  l.customer_name = r.TakeText(i++);
  l.converted_at = r.OptInt(i++);
  l.converted_by = r.OptInt(i++);
  l.converted_contact_id = r.OptInt(i++);
  l.first_contact_at = r.OptInt(i++);
  l.last_follow_up_at = r.OptInt(i++);
  l.form_id = r.OptInt(i++);
  l.created_by = r.OptInt(i++);
  l.created_at = r.Int(i++);
  l.updated_at = r.Int(i++);
  l.deleted_at = r.OptInt(i++);
  return l;
}

std::string JoinTags(const std::vector<std::string>& tags) {
  return tags.empty() ? "" : "," + JoinList(tags) + ",";
}

std::string SearchTextOf(const Lead& l) {
  return customers::SearchText({l.name, l.company, l.campaign, l.title});
}

std::vector<std::string> PhoneDigitsOf(const Lead& l) {
  std::vector<std::string> out;
  for (const auto* p : {&l.mobile, &l.phone}) {
    if (!*p) continue;
    std::string d = customers::PhoneDigits(**p);
    if (d.size() >= 5 && std::find(out.begin(), out.end(), d) == out.end()) out.push_back(std::move(d));
  }
  return out;
}

Status WritePhones(Connection& conn, Id tenant_id, const Lead& l) {
  for (const auto& d : PhoneDigitsOf(l))
    if (Status s = conn.Defer("INSERT INTO lead_phones (tenant_id, digits, lead_id) VALUES ($1, $2, $3) "
                              "ON CONFLICT DO NOTHING",
                              {V(tenant_id), V(d), V(l.id)});
        !s.ok())
      return s;
  return Status::Ok();
}

std::string NextParam(const Params& p) { return "$" + std::to_string(p.size() + 1); }

}  // namespace

Result<Lead> GetLead(Connection& conn, Id tenant_id, Id id, bool include_deleted) {
  auto r = conn.Query(std::string(kLeadSelect) + "WHERE l.tenant_id = $1 AND l.id = $2" +
                          (include_deleted ? "" : " AND l.deleted_at IS NULL"),
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadLead(r->rows.front());
}

Result<std::vector<Lead>> GetLeads(Connection& conn, Id tenant_id, const std::vector<Id>& ids) {
  std::vector<Lead> out;
  if (ids.empty()) return out;
  Params p{V(tenant_id)};
  const std::string in = storage::AppendIds(p, ids);
  auto r = conn.Query(std::string(kLeadSelect) + "WHERE l.tenant_id = $1 AND l.id IN (" + in + ")", p);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) out.push_back(ReadLead(row));
  return out;
}

Status InsertLead(Connection& conn, Id tenant_id, const Lead& l) {
  if (Status s = conn.Defer(
          "INSERT INTO leads (tenant_id, id, name, company, company_norm, credit_code, mobile, phone, "
          "email, wechat, title, source_id, campaign, province, city, industry, status, "
          "invalid_reason, tags, custom_fields, notes, owner_id, pool_id, home_pool_id, "
          "clock_start_at, claimed_at, released_at, assigned_rule_id, assigned_at, customer_id, "
          "form_id, search_text, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, "
          "$7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, "
          "$25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35)",
          {V(tenant_id), V(l.id), V(l.name), V(l.company), V(l.company_norm), V(l.credit_code),
           V(l.mobile), V(l.phone), V(l.email), V(l.wechat), V(l.title), V(l.source_id),
           V(l.campaign), V(l.province), V(l.city), V(l.industry), V(l.status), V(l.invalid_reason),
           V(JoinTags(l.tags)), V(l.custom_fields), V(l.notes), V(l.owner_id), V(l.pool_id),
           V(l.home_pool_id), V(l.clock_start_at), V(l.claimed_at), V(l.released_at),
           V(l.assigned_rule_id), V(l.assigned_at), V(l.customer_id), V(l.form_id),
           V(SearchTextOf(l)), V(l.created_by), V(l.created_at), V(l.updated_at)});
      !s.ok())
    return s;
  return WritePhones(conn, tenant_id, l);
}

Status UpdateLeadFields(Connection& conn, const org::Caller& caller, const Lead& l) {
  if (Status s = conn.Defer(
          "UPDATE leads SET name = $3, company = $4, company_norm = $5, credit_code = $6, mobile = $7, "
          "phone = $8, email = $9, wechat = $10, title = $11, source_id = $12, campaign = $13, "
          "province = $14, city = $15, industry = $16, tags = $17, custom_fields = $18, notes = $19, "
          "search_text = $20, updated_at = $21, customer_id = $22 WHERE tenant_id = $1 AND id = $2",
          {V(caller.tenant_id), V(l.id), V(l.name), V(l.company), V(l.company_norm),
           V(l.credit_code), V(l.mobile), V(l.phone), V(l.email), V(l.wechat), V(l.title),
           V(l.source_id), V(l.campaign), V(l.province), V(l.city), V(l.industry),
           V(JoinTags(l.tags)), V(l.custom_fields), V(l.notes), V(SearchTextOf(l)), V(l.updated_at),
           V(l.customer_id)});
      !s.ok())
    return s;
  if (Status s = conn.Defer("DELETE FROM lead_phones WHERE tenant_id = $1 AND lead_id = $2",
                            {V(caller.tenant_id), V(l.id)});
      !s.ok())
    return s;
  return WritePhones(conn, caller.tenant_id, l);
}

Status SetLeadStatus(Connection& conn, Id tenant_id, Id id, const std::string& status,
                     const std::string& reason, Instant at) {
  return conn.Defer(
      "UPDATE leads SET status = $3, invalid_reason = $4, updated_at = $5 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(status), V(reason), V(at)});
}

Status TouchLeadFollowUp(Connection& conn, Id tenant_id, Id id, Instant at) {
  return conn.Defer(
      "UPDATE leads SET first_contact_at = COALESCE(first_contact_at, $3), last_follow_up_at = $3, "
      "status = CASE WHEN status = 'new' THEN 'contacting' ELSE status END, updated_at = $3 WHERE "
      "tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(at)});
}

Status SoftDeleteLead(Connection& conn, const org::Caller& caller, Id id, Instant at) {
  return conn.Defer("UPDATE leads SET deleted_at = $3, deleted_by = $4, updated_at = $3 WHERE tenant_id = $1 AND id = $2",
                    {V(caller.tenant_id), V(id), V(at), V(caller.user_id)});
}

Status MarkConverted(Connection& conn, const org::Caller& caller, Id id, Id customer_id,
                     std::optional<Id> contact_id, Instant at) {
  return conn.Defer(
      "UPDATE leads SET status = 'converted', customer_id = $3, converted_contact_id = $4, "
      "converted_at = $5, converted_by = $6, updated_at = $5 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(id), V(customer_id), V(contact_id), V(at), V(caller.user_id)});
}

Result<bool> TakeLeadFromPool(Connection& conn, Id tenant_id, Id id, Id user_id, Id pool_id,
                              std::optional<Id> rule_id, Instant at) {
  auto r = conn.Query(
      "UPDATE leads SET owner_id = $3, pool_id = NULL, home_pool_id = $4, clock_start_at = $5, "
      "claimed_at = $5, reminded_for = NULL, assigned_rule_id = $6, assigned_at = $5, updated_at = $5 "
      "WHERE tenant_id = $1 AND id = $2 AND pool_id = $4 AND deleted_at IS NULL",
      {V(tenant_id), V(id), V(user_id), V(pool_id), V(at), V(rule_id)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Result<bool> PutLeadInPool(Connection& conn, Id tenant_id, Id id, Id owner_id, Id pool_id, bool reclaimed,
                           Instant at) {
  auto r = conn.Query(
      "UPDATE leads SET previous_owner_id = owner_id, owner_id = NULL, pool_id = $4, released_at = $5, "
      "clock_start_at = NULL, reminded_for = NULL, assigned_rule_id = NULL, times_reclaimed = "
      "times_reclaimed + $6, updated_at = $5 WHERE tenant_id = $1 AND id = $2 AND owner_id = $3 AND "
      "deleted_at IS NULL",
      {V(tenant_id), V(id), V(owner_id), V(pool_id), V(at), V(reclaimed ? 1 : 0)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Status SetLeadOwner(Connection& conn, Id tenant_id, Id id, Id user_id, Instant at) {
  return conn.Defer(
      "UPDATE leads SET previous_owner_id = owner_id, owner_id = $3, clock_start_at = $4, "
      "reminded_for = NULL, assigned_rule_id = NULL, updated_at = $4 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(user_id), V(at)});
}

Status InsertHistory(Connection& conn, Id tenant_id, const LeadHistoryEntry& h) {
  return conn.Defer(
      "INSERT INTO lead_owner_history (tenant_id, id, lead_id, action, from_user_id, to_user_id, "
      "pool_id, rule_id, reason, rule, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
      "$11, $12)",
      {V(tenant_id), V(h.id), V(h.lead_id), V(h.action), V(h.from_user_id), V(h.to_user_id),
       V(h.pool_id), V(h.rule_id), V(h.reason), V(h.rule), V(h.actor_id), V(h.at)});
}

Result<std::vector<LeadHistoryEntry>> ListHistory(Connection& conn, const org::Caller& caller, Id lead_id) {
  auto r = conn.Query(
      "SELECT h.id, h.action, h.from_user_id, COALESCE(fu.name, ''), h.to_user_id, "
      "COALESCE(tu.name, ''), h.pool_id, COALESCE(p.name, ''), h.rule_id, COALESCE(r.name, ''), "
      "h.reason, h.rule, h.actor_id, COALESCE(au.name, ''), h.at FROM lead_owner_history h "
      "LEFT JOIN users fu ON fu.tenant_id = h.tenant_id AND fu.id = h.from_user_id "
      "LEFT JOIN users tu ON tu.tenant_id = h.tenant_id AND tu.id = h.to_user_id "
      "LEFT JOIN users au ON au.tenant_id = h.tenant_id AND au.id = h.actor_id "
      "LEFT JOIN pools p ON p.tenant_id = h.tenant_id AND p.id = h.pool_id "
      "LEFT JOIN lead_push_rules r ON r.tenant_id = h.tenant_id AND r.id = h.rule_id "
      "WHERE h.tenant_id = $1 AND h.lead_id = $2 ORDER BY h.id DESC LIMIT 500",
      {V(caller.tenant_id), V(lead_id)});
  if (!r.ok()) return r.status();
  std::vector<LeadHistoryEntry> out;
  for (auto& row : r->rows) {
    LeadHistoryEntry h;
    h.id = row.Int(0);
    h.lead_id = lead_id;
    h.action = row.TakeText(1);
    h.from_user_id = row.OptInt(2);
    h.from_user_name = row.TakeText(3);
    h.to_user_id = row.OptInt(4);
    h.to_user_name = row.TakeText(5);
    h.pool_id = row.OptInt(6);
    h.pool_name = row.TakeText(7);
    h.rule_id = row.OptInt(8);
    h.rule_name = row.TakeText(9);
    h.reason = row.TakeText(10);
    h.rule = row.TakeText(11);
    h.actor_id = row.OptInt(12);
    h.actor_name = row.TakeText(13);
    h.at = row.Int(14);
    out.push_back(std::move(h));
  }
  return out;
}

Result<std::int64_t> CountReceivedSince(Connection& conn, Id tenant_id, Id user_id, const char* action,
                                        std::optional<Id> pool_id, Instant since) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM lead_owner_history WHERE tenant_id = $1 AND to_user_id = $2 AND action = $3 "
      "AND at >= $4 AND (CAST($5 AS BIGINT) IS NULL OR pool_id = $5)",
      {V(tenant_id), V(user_id), V(action), V(since), V(pool_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::map<Id, std::int64_t>> PushedSince(Connection& conn, Id tenant_id, const std::vector<Id>& users,
                                               Instant since) {
  std::map<Id, std::int64_t> out;
  if (users.empty()) return out;
  Params p{V(tenant_id), V(since)};
  const std::string in = storage::AppendIds(p, users);
  auto r = conn.Query(
      "SELECT to_user_id, COUNT(*) FROM lead_owner_history WHERE tenant_id = $1 AND action = 'push' "
      "AND at >= $2 AND to_user_id IN (" + in + ") GROUP BY to_user_id",
      p);
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows) out[row.Int(0)] = row.Int(1);
  return out;
}

Result<std::map<Id, std::int64_t>> OpenHeld(Connection& conn, Id tenant_id, const std::vector<Id>& users) {
  std::map<Id, std::int64_t> out;
  if (users.empty()) return out;
  Params p{V(tenant_id)};
  const std::string in = storage::AppendIds(p, users);
  auto r = conn.Query(
      "SELECT owner_id, COUNT(*) FROM leads WHERE tenant_id = $1 AND owner_id IN (" + in +
          ") AND deleted_at IS NULL AND status NOT IN ('converted', 'invalid') GROUP BY owner_id",
      p);
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows) out[row.Int(0)] = row.Int(1);
  return out;
}

Result<Page<Lead>> ListLeads(Connection& conn, const org::Caller& caller, const LeadFilter& f,
                             const std::vector<Id>& pool_ids, const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "l.tenant_id = $1 AND l.deleted_at IS NULL";
  if (f.pool_id || f.in_pool) {
    std::vector<Id> pools;
    for (Id id : pool_ids)
      if (!f.pool_id || *f.pool_id == id) pools.push_back(id);
    if (pools.empty()) return Page<Lead>{};
    where += " AND l.pool_id IN (" + storage::AppendIds(p, pools) + ")";
  } else {
    // "+": not a term for the owner index. As a range (IS NOT NULL) SQLite took that index and
    // sorted every owned lead of the tenant (17 s at 1M leads) instead of reading the creation
    // index newest first; an owner equality below still uses it. +x is x on PostgreSQL.
    where += " AND +l.owner_id IS NOT NULL";
    if (f.mine) {
      where += " AND l.owner_id = " + NextParam(p);
      p.push_back(V(caller.user_id));
    } else {
      org::ScopeFilter scope = org::OwnerScopeFilter(caller, "l.owner_id", static_cast<int>(p.size()) + 1);
      where += " AND " + scope.sql;
      p.insert(p.end(), scope.params.begin(), scope.params.end());
    }
    if (f.owner_id) {
      where += " AND l.owner_id = " + NextParam(p);
      p.push_back(V(*f.owner_id));
    }
  }
  auto eq = [&](const char* column, const std::string& value) {
    if (value.empty()) return;
    where += std::string(" AND ") + column + " = " + NextParam(p);
    p.push_back(V(value));
  };
  eq("l.status", f.status);
  eq("l.campaign", f.campaign);
  eq("l.province", f.province);
  eq("l.city", f.city);
  eq("l.industry", f.industry);
  if (f.source_id) {
    where += " AND l.source_id = " + NextParam(p);
    p.push_back(V(*f.source_id));
  }
  if (f.created_from) {
    where += " AND l.created_at >= " + NextParam(p);
    p.push_back(V(*f.created_from));
  }
  if (f.created_to) {
    where += " AND l.created_at < " + NextParam(p);
    p.push_back(V(*f.created_to));
  }
  for (const auto& c : f.custom) fields::AppendCondition(c, "l.id", where, p);
  if (!f.q.empty()) {
    const std::string digits = customers::PhoneDigits(f.q);
    const bool phone_query = digits.size() >= 5 && digits.size() == customers::NormalizeQuery(f.q).size();
    if (phone_query) {
      // A number matches whole, never by a fragment: masked digits cannot be found one at a time.
      where += " AND l.id IN (SELECT ph.lead_id FROM lead_phones ph WHERE ph.tenant_id = $1 AND ph.digits = " +
               NextParam(p) + ")";
      p.push_back(V(digits));
    } else {
      where += " AND l.search_text LIKE " + NextParam(p);
      p.push_back(V("%" + customers::NormalizeQuery(f.q) + "%"));
    }
  }
  const char* column = page.sort == "updatedAt" ? "l.updated_at" : "l.created_at";
  const char* cmp = page.descending ? "<" : ">";
  const char* dir = page.descending ? "DESC" : "ASC";
  if (!page.cursor.empty()) {
    std::string sort_value;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &sort_value, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    std::int64_t v = 0;
    try {
      v = std::stoll(sort_value);
    } catch (...) {
      return Status::Validation({{"cursor", "invalid_value"}});
    }
    const std::string a = NextParam(p);
    p.push_back(V(v));
    const std::string b = NextParam(p);
    p.push_back(V(last));
    where += std::string(" AND (") + column + " " + cmp + " " + a + " OR (" + column + " = " + a +
             " AND l.id " + cmp + " " + b + "))";
  }
  auto r = conn.Query(std::string(kLeadSelect) + "WHERE " + where + " ORDER BY " + column + " " + dir +
                          ", l.id " + dir + " LIMIT " + std::to_string(page.limit + 1),
                      p);
  if (!r.ok()) return r.status();
  Page<Lead> out;
  for (auto& row : r->rows) out.items.push_back(ReadLead(row));
  const bool by_updated = page.sort == "updatedAt";
  TrimToPage(out, page.limit, [&](const Lead& l) {
    return std::to_string(by_updated ? l.updated_at : l.created_at);
  });
  return out;
}

Result<std::vector<LeadSource>> ListSources(Connection& conn, Id tenant_id) {
  auto batch = conn.QueryBatch(
      {{"SELECT id, name, enabled, sort_order, created_at, updated_at FROM lead_sources WHERE "
        "tenant_id = $1 ORDER BY sort_order, name, id",
        {V(tenant_id)}},
       {"SELECT source_id, month, amount FROM lead_source_costs WHERE tenant_id = $1 ORDER BY month",
        {V(tenant_id)}}});
  for (auto& r : batch)
    if (!r.ok()) return r.status();
  std::vector<LeadSource> out;
  for (const auto& row : batch[0]->rows)
    out.push_back({row.Int(0), row.Text(1), row.Bool(2), row.Int(3), {}, row.Int(4), row.Int(5)});
  for (const auto& row : batch[1]->rows)
    for (auto& s : out)
      if (s.id == row.Int(0)) s.costs.push_back({row.Text(1), row.Int(2)});
  return out;
}

namespace {
Status WriteCosts(Connection& conn, Id tenant_id, const LeadSource& s) {
  if (Status d = conn.Defer("DELETE FROM lead_source_costs WHERE tenant_id = $1 AND source_id = $2",
                            {V(tenant_id), V(s.id)});
      !d.ok())
    return d;
  for (const auto& c : s.costs)
    if (Status w = conn.Defer(
            "INSERT INTO lead_source_costs (tenant_id, source_id, month, amount) VALUES ($1, $2, $3, $4)",
            {V(tenant_id), V(s.id), V(c.month), V(c.amount)});
        !w.ok())
      return w;
  return Status::Ok();
}
}  // namespace

Status InsertSource(Connection& conn, Id tenant_id, const LeadSource& s) {
  if (Status w = conn.Defer(
          "INSERT INTO lead_sources (tenant_id, id, name, enabled, sort_order, created_at, updated_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {V(tenant_id), V(s.id), V(s.name), V(s.enabled), V(s.sort_order), V(s.created_at), V(s.updated_at)});
      !w.ok())
    return w;
  return WriteCosts(conn, tenant_id, s);
}

Status UpdateSource(Connection& conn, const org::Caller& caller, const LeadSource& s) {
  if (Status w = conn.Defer(
          "UPDATE lead_sources SET name = $3, enabled = $4, sort_order = $5, updated_at = $6 WHERE "
          "tenant_id = $1 AND id = $2",
          {V(caller.tenant_id), V(s.id), V(s.name), V(s.enabled), V(s.sort_order), V(s.updated_at)});
      !w.ok())
    return w;
  return WriteCosts(conn, caller.tenant_id, s);
}

Status DeleteSource(Connection& conn, const org::Caller& caller, Id id) {
  if (Status w = conn.Defer("DELETE FROM lead_source_costs WHERE tenant_id = $1 AND source_id = $2",
                            {V(caller.tenant_id), V(id)});
      !w.ok())
    return w;
  return conn.Exec("DELETE FROM lead_sources WHERE tenant_id = $1 AND id = $2", {V(caller.tenant_id), V(id)});
}

Result<bool> SourceInUse(Connection& conn, const org::Caller& caller, Id id) {
  auto r = conn.Query(
      "SELECT 1 FROM leads WHERE tenant_id = $1 AND source_id = $2 LIMIT 1", {V(caller.tenant_id), V(id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

namespace {
json::array Strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}
std::vector<std::string> StringsOf(const json::object& o, const char* key) {
  std::vector<std::string> out;
  if (const auto* a = o.if_contains(key); a && a->is_array())
    for (const auto& v : a->get_array())
      if (v.is_string()) out.emplace_back(v.get_string());
  return out;
}
std::string MatchToJson(const PushMatch& m) {
  json::array sources;
  for (Id id : m.source_ids) sources.emplace_back(IdToString(id));
  return json::serialize(json::object{{"provinces", Strings(m.provinces)},
                                      {"cities", Strings(m.cities)},
                                      {"industries", Strings(m.industries)},
                                      {"campaigns", Strings(m.campaigns)},
                                      {"sourceIds", sources}});
}
PushMatch MatchFromJson(const std::string& text) {
  PushMatch m;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_object()) return m;
  const auto& o = v.get_object();
  m.provinces = StringsOf(o, "provinces");
  m.cities = StringsOf(o, "cities");
  m.industries = StringsOf(o, "industries");
  m.campaigns = StringsOf(o, "campaigns");
  for (const auto& s : StringsOf(o, "sourceIds"))
    if (auto id = ParseId(s)) m.source_ids.push_back(*id);
  return m;
}
}  // namespace

Result<std::vector<PushRule>> ListPushRules(Connection& conn, Id tenant_id, Id pool_id) {
  auto batch = conn.QueryBatch(
      {{"SELECT r.id, r.position, r.name, r.enabled, r.match, r.strategy, r.user_id, COALESCE(u.name, ''), "
        "r.next_order, r.created_at, r.updated_at FROM lead_push_rules r LEFT JOIN users u ON "
        "u.tenant_id = r.tenant_id AND u.id = r.user_id WHERE r.tenant_id = $1 AND r.pool_id = $2 "
        "ORDER BY r.position, r.id",
        {V(tenant_id), V(pool_id)}},
       {"SELECT m.rule_id, m.user_id, COALESCE(u.name, ''), m.member_order, m.daily_cap, m.paused FROM "
        "lead_push_members m JOIN lead_push_rules r ON r.tenant_id = m.tenant_id AND r.id = m.rule_id "
        "LEFT JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id WHERE m.tenant_id = $1 "
        "AND r.pool_id = $2 ORDER BY m.member_order, m.user_id",
        {V(tenant_id), V(pool_id)}}});
  for (auto& r : batch)
    if (!r.ok()) return r.status();
  std::vector<PushRule> out;
  for (const auto& row : batch[0]->rows) {
    PushRule r;
    r.id = row.Int(0);
    r.pool_id = pool_id;
    r.position = row.Int(1);
    r.name = row.Text(2);
    r.enabled = row.Bool(3);
    r.match = MatchFromJson(row.Text(4));
    r.strategy = row.Text(5);
    r.user_id = row.OptInt(6);
    r.user_name = row.Text(7);
    r.next_order = row.Int(8);
    r.created_at = row.Int(9);
    r.updated_at = row.Int(10);
    out.push_back(std::move(r));
  }
  for (const auto& row : batch[1]->rows)
    for (auto& r : out)
      if (r.id == row.Int(0))
        r.members.push_back({row.Int(1), row.Text(2), row.Int(3), row.OptInt(4), row.Bool(5)});
  return out;
}

Status ReplacePushRules(Connection& conn, const org::Caller& caller, Id pool_id,
                        const std::vector<PushRule>& rules) {
  Params keep{V(caller.tenant_id), V(pool_id)};
  std::vector<Id> ids;
  for (const auto& r : rules) ids.push_back(r.id);
  const std::string in = ids.empty() ? "NULL" : storage::AppendIds(keep, ids);
  if (Status s = conn.Defer(
          "DELETE FROM lead_push_members WHERE tenant_id = $1 AND rule_id IN (SELECT id FROM "
          "lead_push_rules WHERE tenant_id = $1 AND pool_id = $2)",
          {V(caller.tenant_id), V(pool_id)});
      !s.ok())
    return s;
  if (Status s = conn.Defer("DELETE FROM lead_push_rules WHERE tenant_id = $1 AND pool_id = $2 AND id NOT IN (" +
                                in + ")",
                            keep);
      !s.ok())
    return s;
  for (const auto& r : rules) {
    // A kept rule keeps its round-robin place (next_order is not written on conflict).
    if (Status s = conn.Defer(
            "INSERT INTO lead_push_rules (tenant_id, id, pool_id, position, name, enabled, match, "
            "strategy, user_id, next_order, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
            "$8, $9, 0, $10, $10) ON CONFLICT (tenant_id, id) DO UPDATE SET position = $4, name = $5, "
            "enabled = $6, match = $7, strategy = $8, user_id = $9, updated_at = $10",
            {V(caller.tenant_id), V(r.id), V(pool_id), V(r.position), V(r.name), V(r.enabled),
             V(MatchToJson(r.match)), V(r.strategy), V(r.user_id), V(r.updated_at)});
        !s.ok())
      return s;
    for (const auto& m : r.members)
      if (Status s = conn.Defer(
              "INSERT INTO lead_push_members (tenant_id, rule_id, user_id, member_order, daily_cap, "
              "paused) VALUES ($1, $2, $3, $4, $5, $6)",
              {V(caller.tenant_id), V(r.id), V(m.user_id), V(m.order), V(m.daily_cap), V(m.paused)});
          !s.ok())
        return s;
  }
  return Status::Ok();
}

Status SaveRoundRobin(Connection& conn, Id tenant_id, Id rule_id, std::int64_t next_order) {
  return conn.Defer("UPDATE lead_push_rules SET next_order = $3 WHERE tenant_id = $1 AND id = $2",
                    {V(tenant_id), V(rule_id), V(next_order)});
}

Result<std::vector<ConversionField>> GetConversionMapping(Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT conversion_mapping FROM lead_settings WHERE tenant_id = $1", {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<ConversionField> out;
  if (r->empty()) return out;
  boost::system::error_code ec;
  auto v = json::parse(r->front().Text(0), ec);
  if (ec || !v.is_array()) return out;
  for (const auto& e : v.get_array()) {
    const auto* o = e.if_object();
    if (!o) continue;
    const auto* a = o->if_contains("lead");
    const auto* b = o->if_contains("customer");
    if (a && b && a->is_string() && b->is_string())
      out.push_back({std::string(a->get_string()), std::string(b->get_string())});
  }
  return out;
}

Status SetConversionMapping(Connection& conn, const org::Caller& caller, const std::vector<ConversionField>& fields) {
  json::array a;
  for (const auto& f : fields) a.push_back(json::object{{"lead", f.lead}, {"customer", f.customer}});
  return conn.Exec(
      "INSERT INTO lead_settings (tenant_id, conversion_mapping) VALUES ($1, $2) ON CONFLICT (tenant_id) "
      "DO UPDATE SET conversion_mapping = $2",
      {V(caller.tenant_id), V(json::serialize(a))});
}

}  // namespace quanke::leads
