#include "domain/contracts/contract_repository.h"

#include <boost/json.hpp>

#include <map>

#include "domain/contracts/contract_codec.h"
#include "domain/customers/normalize.h"
#include "storage/keyset.h"
#include "domain/deals/deal_repository.h"

namespace quanke::contracts {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

using storage::Next;

// The columns of a contract and the names joined for the answer: the customer and contact
// (customers' tables), the opportunity (deals'), the owner, the signer and the owner's department
// (org's). `today` names the parameter holding today's date, for the overdue amount (read from
// our own instalments).
std::string SelectSql(const std::string& today) {
  return "SELECT c.id, c.number, c.name, c.customer_id, COALESCE(cu.name, ''), c.opportunity_id, COALESCE(o.name, ''), "
         "c.contact_id, COALESCE(ct.name, ''), c.signer_id, COALESCE(su.name, ''), c.owner_id, COALESCE(u.name, ''), "
         "COALESCE(u.department_id, 0), COALESCE(d.name, ''), c.total_fen, c.list_total_fen, c.sign_date, "
         "c.start_date, c.end_date, c.status, c.approval_id, c.approval_status, c.activated_at, c.renewal_of_id, "
         "(SELECT MIN(r.id) FROM contracts r WHERE r.tenant_id = c.tenant_id AND r.renewal_of_id = c.id AND "
         "r.deleted_at IS NULL), c.notes, c.attachment_ids, c.received_fen, c.claimed_fen, c.invoiced_fen, "
         "c.plan_fen, (SELECT COALESCE(SUM(i.amount_fen - i.received_fen), 0) FROM contract_instalments i WHERE "
         "i.tenant_id = c.tenant_id AND i.contract_id = c.id AND i.due_date < " + today + "), c.void_reason, "
         "c.version, c.created_by, c.created_at, c.updated_at FROM contracts c "
         "LEFT JOIN customers cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id "
         "LEFT JOIN opportunities o ON o.tenant_id = c.tenant_id AND o.id = c.opportunity_id "
         "LEFT JOIN contacts ct ON ct.tenant_id = c.tenant_id AND ct.id = c.contact_id "
         "LEFT JOIN users su ON su.tenant_id = c.tenant_id AND su.id = c.signer_id "
         "LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id "
         "LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id ";
}

Contract Read(storage::Row& r) {
  Contract c;
  size_t i = 0;
  c.id = r.Int(i++);
  c.number = r.TakeText(i++);
  c.name = r.TakeText(i++);
  c.customer_id = r.Int(i++);
  c.customer_name = r.TakeText(i++);
  c.opportunity_id = r.OptInt(i++);
  c.opportunity_name = r.TakeText(i++);
  c.contact_id = r.OptInt(i++);
  c.contact_name = r.TakeText(i++);
  c.signer_id = r.OptInt(i++);
  c.signer_name = r.TakeText(i++);
  c.owner_id = r.Int(i++);
  c.owner_name = r.TakeText(i++);
  c.department_id = r.Int(i++);
  c.department_name = r.TakeText(i++);
  c.total_fen = r.Int(i++);
  c.list_total_fen = r.Int(i++);
  c.sign_date = r.TakeOptText(i++);
  c.start_date = r.TakeOptText(i++);
  c.end_date = r.TakeOptText(i++);
  c.status = r.TakeText(i++);
  c.approval_id = r.OptInt(i++);
  c.approval_status = r.TakeOptText(i++);
  c.activated_at = r.OptInt(i++);
  c.renewal_of_id = r.OptInt(i++);
  c.renewed_by_id = r.OptInt(i++);
  c.notes = r.TakeText(i++);
  c.attachment_ids = IdsFromJson(r.Text(i++));
  c.received_fen = r.Int(i++);
  c.claimed_fen = r.Int(i++);
  c.invoiced_fen = r.Int(i++);
  c.plan_fen = r.Int(i++);
  c.overdue_fen = r.Int(i++);
  c.void_reason = r.TakeText(i++);
  c.version = r.Int(i++);
  c.created_by = r.OptInt(i++);
  c.created_at = r.Int(i++);
  c.updated_at = r.Int(i++);
  return c;
}

std::string SearchTextOf(const Contract& c) { return customers::SearchText({c.number, c.name, c.customer_name}); }

Status LoadItems(Connection& conn, Id tenant_id, Contract& c) {
  auto r = conn.Query(
      "SELECT product_id, name, spec, unit, quantity, list_price_fen, unit_price_fen, discount_fen FROM "
      "contract_items WHERE tenant_id = $1 AND contract_id = $2 ORDER BY position",
      {V(tenant_id), V(c.id)});
  if (!r.ok()) return r.status();
  for (auto& row : r->rows)
    c.items.push_back({row.OptInt(0), row.TakeText(1), row.TakeText(2), row.TakeText(3), row.Int(4), row.Int(5),
                       row.Int(6), row.Int(7)});
  return Status::Ok();
}

Status LoadInstalments(Connection& conn, Id tenant_id, Contract& c) {
  auto r = conn.Query(
      "SELECT id, seq, due_date, amount_fen, received_fen, notes, owner_id, customer_id FROM contract_instalments "
      "WHERE tenant_id = $1 AND contract_id = $2 ORDER BY seq",
      {V(tenant_id), V(c.id)});
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) {
    Instalment i;
    i.id = row.Int(0);
    i.contract_id = c.id;
    i.seq = row.Int(1);
    i.due_date = row.TakeText(2);
    i.amount_fen = row.Int(3);
    i.received_fen = row.Int(4);
    i.notes = row.TakeText(5);
    i.owner_id = row.Int(6);
    i.customer_id = row.Int(7);
    c.instalments.push_back(std::move(i));
  }
  return Status::Ok();
}

Status WriteItems(Connection& conn, Id tenant_id, const Contract& c, bool replace) {
  if (replace)
    if (Status s = conn.Defer("DELETE FROM contract_items WHERE tenant_id = $1 AND contract_id = $2",
                              {V(tenant_id), V(c.id)});
        !s.ok())
      return s;
  std::int64_t position = 0;
  for (const auto& it : c.items)
    if (Status s = conn.Defer(
            "INSERT INTO contract_items (tenant_id, contract_id, position, product_id, name, spec, unit, quantity, "
            "list_price_fen, unit_price_fen, discount_fen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            {V(tenant_id), V(c.id), V(++position), V(it.product_id), V(it.name), V(it.spec), V(it.unit),
             V(it.quantity), V(it.list_price_fen), V(it.unit_price_fen), V(it.discount_fen)});
        !s.ok())
      return s;
  return Status::Ok();
}

struct SortSpec {
  const char* column;
  bool text;
};
SortSpec SortOf(const std::string& sort) {
  if (sort == "signDate") return {"COALESCE(c.sign_date, '')", true};
  if (sort == "endDate") return {"COALESCE(c.end_date, '9999-12-31')", true};
  if (sort == "totalFen") return {"c.total_fen", false};
  if (sort == "number") return {"c.number", true};
  return {"c.created_at", false};
}
std::string SortValueOf(const Contract& c, const std::string& sort) {
  if (sort == "signDate") return c.sign_date.value_or("");
  if (sort == "endDate") return c.end_date.value_or("9999-12-31");
  if (sort == "totalFen") return std::to_string(c.total_fen);
  if (sort == "number") return c.number;
  return std::to_string(c.created_at);
}

ChangeOrder ReadChange(storage::Row& row) {
  ChangeOrder c;
  c.id = row.Int(0);
  c.contract_id = row.Int(1);
  c.status = row.TakeText(2);
  c.reason = row.TakeText(3);
  c.before = MoneyFromJson(row.Text(4));
  c.after = MoneyFromJson(row.Text(5));
  c.approval_id = row.OptInt(6);
  c.created_by = row.OptInt(7);
  c.created_by_name = row.TakeText(8);
  c.created_at = row.Int(9);
  c.decided_at = row.OptInt(10);
  return c;
}

constexpr std::string_view kChangeSelect =
    "SELECT h.id, h.contract_id, h.status, h.reason, h.before_json, h.after_json, h.approval_id, h.created_by, "
    "COALESCE(u.name, ''), h.created_at, h.decided_at FROM contract_changes h "
    "LEFT JOIN users u ON u.tenant_id = h.tenant_id AND u.id = h.created_by ";

}  // namespace

Result<Settings> GetSettings(Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT number_prefix, number_date, number_digits, number_reset, end_remind_days, due_remind_days, "
      "discount_approval_bp FROM contract_settings WHERE tenant_id = $1",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  Settings s;
  if (r->empty()) return s;
  auto& row = r->rows.front();
  s.number_prefix = row.TakeText(0);
  s.number_date = row.TakeText(1);
  s.number_digits = row.Int(2);
  s.number_reset = row.TakeText(3);
  s.end_remind_days = row.Int(4);
  s.due_remind_days = row.Int(5);
  s.discount_approval_bp = row.Int(6);
  return s;
}

Status PutSettings(Connection& conn, Id tenant_id, const Settings& s, Instant at) {
  return conn.Exec(
      "INSERT INTO contract_settings (tenant_id, number_prefix, number_date, number_digits, number_reset, "
      "end_remind_days, due_remind_days, discount_approval_bp, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
      "$9) ON CONFLICT (tenant_id) DO UPDATE SET number_prefix = excluded.number_prefix, number_date = "
      "excluded.number_date, number_digits = excluded.number_digits, number_reset = excluded.number_reset, "
      "end_remind_days = excluded.end_remind_days, due_remind_days = excluded.due_remind_days, "
      "discount_approval_bp = excluded.discount_approval_bp, updated_at = excluded.updated_at",
      {V(tenant_id), V(s.number_prefix), V(s.number_date), V(s.number_digits), V(s.number_reset),
       V(s.end_remind_days), V(s.due_remind_days), V(s.discount_approval_bp), V(at)});
}

Result<std::int64_t> NextSequence(Connection& conn, Id tenant_id, const std::string& period) {
  auto r = conn.Query(
      "INSERT INTO contract_number_seqs (tenant_id, period, last_seq) VALUES ($1, $2, 1) ON CONFLICT (tenant_id, "
      "period) DO UPDATE SET last_seq = contract_number_seqs.last_seq + 1 RETURNING last_seq",
      {V(tenant_id), V(period)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::Internal("no contract sequence");
  return r->front().Int(0);
}

Result<Contract> GetContract(Connection& conn, Id tenant_id, Id id, const std::string& today) {
  auto r = conn.Query(SelectSql("$3") + "WHERE c.tenant_id = $1 AND c.id = $2 AND c.deleted_at IS NULL",
                      {V(tenant_id), V(id), V(today)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  Contract c = Read(r->rows.front());
  if (Status s = LoadItems(conn, tenant_id, c); !s.ok()) return s;
  if (Status s = LoadInstalments(conn, tenant_id, c); !s.ok()) return s;
  return c;
}

Status InsertContract(Connection& conn, Id tenant_id, const Contract& c) {
  if (Status s = conn.Exec(
          "INSERT INTO contracts (tenant_id, id, number, name, customer_id, opportunity_id, contact_id, signer_id, "
          "owner_id, total_fen, list_total_fen, sign_date, start_date, end_date, status, renewal_of_id, notes, "
          "attachment_ids, search_text, version, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, "
          "$7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22)",
          {V(tenant_id), V(c.id), V(c.number), V(c.name), V(c.customer_id), V(c.opportunity_id), V(c.contact_id),
           V(c.signer_id), V(c.owner_id), V(c.total_fen), V(c.list_total_fen), V(c.sign_date), V(c.start_date),
           V(c.end_date), V(c.status), V(c.renewal_of_id), V(c.notes), V(IdsToJson(c.attachment_ids)),
           V(SearchTextOf(c)), V(c.version), V(c.created_by), V(c.created_at)});
      !s.ok())
    return s;
  return WriteItems(conn, tenant_id, c, false);
}

Status UpdateContract(Connection& conn, Id tenant_id, const Contract& c) {
  if (Status s = conn.Defer(
          "UPDATE contracts SET name = $3, opportunity_id = $4, contact_id = $5, signer_id = $6, total_fen = $7, "
          "list_total_fen = $8, sign_date = $9, start_date = $10, end_date = $11, notes = $12, attachment_ids = $13, "
          "search_text = $14, updated_at = $15, version = version + 1 WHERE tenant_id = $1 AND id = $2",
          {V(tenant_id), V(c.id), V(c.name), V(c.opportunity_id), V(c.contact_id), V(c.signer_id), V(c.total_fen),
           V(c.list_total_fen), V(c.sign_date), V(c.start_date), V(c.end_date), V(c.notes),
           V(IdsToJson(c.attachment_ids)), V(SearchTextOf(c)), V(c.updated_at)});
      !s.ok())
    return s;
  return WriteItems(conn, tenant_id, c, true);
}

Result<bool> SetContractState(Connection& conn, Id tenant_id, const Contract& c, std::int64_t expected_version) {
  auto r = conn.Query(
      "UPDATE contracts SET status = $3, approval_id = $4, approval_status = $5, activated_at = $6, void_reason = $7, "
      "updated_at = $8, version = version + 1 WHERE tenant_id = $1 AND id = $2 AND version = $9 AND deleted_at IS "
      "NULL",
      {V(tenant_id), V(c.id), V(c.status), V(c.approval_id), V(c.approval_status), V(c.activated_at),
       V(c.void_reason), V(c.updated_at), V(expected_version)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Status TouchContract(Connection& conn, Id tenant_id, Id id, Instant at) {
  return conn.Defer("UPDATE contracts SET version = version + 1, updated_at = $3 WHERE tenant_id = $1 AND id = $2",
                    {V(tenant_id), V(id), V(at)});
}

Status SoftDeleteContract(Connection& conn, Id tenant_id, Id id, Id by, Instant at) {
  return conn.Defer(
      "UPDATE contracts SET deleted_at = $3, deleted_by = $4, updated_at = $3, version = version + 1 WHERE "
      "tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(at), V(by)});
}

Result<std::optional<std::int64_t>> ContractVersion(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query("SELECT version FROM contracts WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(r->front().Int(0));
}

Result<Page<Contract>> ListContracts(Connection& conn, const org::Caller& caller, const ContractFilter& f,
                                     const std::string& today, const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "c.tenant_id = $1 AND c.deleted_at IS NULL";
  auto eq = storage::EqualsAppender(where, p);
  if (f.mine) eq("c.owner_id", V(caller.user_id));
  else where += deals::OwnedScopeSql(caller, "c.owner_id", "c.customer_id", p);
  if (f.owner_id) eq("c.owner_id", V(*f.owner_id));
  if (f.customer_id) eq("c.customer_id", V(*f.customer_id));
  if (f.opportunity_id) eq("c.opportunity_id", V(*f.opportunity_id));
  if (f.department_id) where += deals::DepartmentOwnersSql("c.owner_id", *f.department_id, p);
  if (!f.statuses.empty()) {
    where += " AND c.status IN (";
    for (size_t i = 0; i < f.statuses.size(); ++i) {
      where += (i ? ", " : "") + Next(p);
      p.push_back(V(f.statuses[i]));
    }
    where += ")";
  }
  if (f.signed_from) {
    where += " AND c.sign_date >= " + Next(p);
    p.push_back(V(*f.signed_from));
  }
  if (f.signed_to) {
    where += " AND c.sign_date <= " + Next(p);
    p.push_back(V(*f.signed_to));
  }
  if (f.ending_within_days) {
    LocalDate t = 0;
    ParseDate(today, &t);
    where += " AND c.status = 'active' AND c.end_date >= " + Next(p);
    p.push_back(V(today));
    where += " AND c.end_date <= " + Next(p);
    p.push_back(V(FormatDate(t + static_cast<LocalDate>(*f.ending_within_days))));
  }
  if (f.owed) where += " AND c.status IN ('active', 'ended') AND c.received_fen < c.total_fen";
  if (!f.q.empty()) {
    where += " AND c.search_text LIKE " + Next(p);
    p.push_back(V("%" + customers::NormalizeQuery(f.q) + "%"));
  }
  const SortSpec sort = SortOf(page.sort);
  // Today (for the overdue amount) is the page query's last parameter: the count does not use it.
  return storage::KeysetPage<Contract>(
      conn, page, where, p, "contracts c", sort.column, sort.text, "c.id",
      [&](Params& params) {
        params.push_back(V(today));
        return SelectSql("$" + std::to_string(params.size()));
      },
      Read, [&](const Contract& c) { return SortValueOf(c, page.sort); });
}

Result<CustomerSummary> SummaryOfCustomer(Connection& conn, const org::Caller& caller, Id customer_id,
                                          const std::string& today) {
  Params p{V(caller.tenant_id), V(customer_id), V(today)};
  std::string where = "c.tenant_id = $1 AND c.customer_id = $2 AND c.deleted_at IS NULL AND c.status IN ('pending', "
                      "'active', 'ended')";
  where += deals::OwnedScopeSql(caller, "c.owner_id", "c.customer_id", p);
  auto r = conn.Query(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.status = 'active' THEN 1 ELSE 0 END), 0), COALESCE(SUM(c.total_fen), "
      "0), COALESCE(SUM(c.received_fen), 0), COALESCE(SUM(c.invoiced_fen), 0), COALESCE(SUM((SELECT "
      "COALESCE(SUM(i.amount_fen - i.received_fen), 0) FROM contract_instalments i WHERE i.tenant_id = c.tenant_id "
      "AND i.contract_id = c.id AND i.due_date < $3)), 0) FROM contracts c WHERE " + where,
      p);
  if (!r.ok()) return r.status();
  const auto& row = r->front();
  CustomerSummary s;
  s.contracts = row.Int(0);
  s.active_contracts = row.Int(1);
  s.total_fen = row.Int(2);
  s.received_fen = row.Int(3);
  s.owed_fen = s.total_fen - s.received_fen;
  s.invoiced_fen = row.Int(4);
  s.overdue_fen = row.Int(5);
  return s;
}

Result<std::vector<ChangeOrder>> ListChanges(Connection& conn, Id tenant_id, Id contract_id) {
  auto r = conn.Query(std::string(kChangeSelect) + "WHERE h.tenant_id = $1 AND h.contract_id = $2 ORDER BY h.id DESC",
                      {V(tenant_id), V(contract_id)});
  if (!r.ok()) return r.status();
  std::vector<ChangeOrder> out;
  for (auto& row : r->rows) out.push_back(ReadChange(row));
  return out;
}

Result<ChangeOrder> GetChange(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kChangeSelect) + "WHERE h.tenant_id = $1 AND h.id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadChange(r->rows.front());
}

Result<bool> HasPendingChange(Connection& conn, Id tenant_id, Id contract_id) {
  auto r = conn.Query(
      "SELECT 1 FROM contract_changes WHERE tenant_id = $1 AND contract_id = $2 AND status = 'pending'",
      {V(tenant_id), V(contract_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Status InsertChange(Connection& conn, Id tenant_id, const ChangeOrder& c) {
  return conn.Exec(
      "INSERT INTO contract_changes (tenant_id, id, contract_id, status, reason, before_json, after_json, "
      "approval_id, created_by, created_at, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {V(tenant_id), V(c.id), V(c.contract_id), V(c.status), V(c.reason), V(MoneyToJson(c.before)),
       V(MoneyToJson(c.after)), V(c.approval_id), V(c.created_by), V(c.created_at), V(c.decided_at)});
}

Status SetChangeStatus(Connection& conn, Id tenant_id, Id id, const std::string& status, std::optional<Id> approval_id,
                       std::optional<Instant> decided_at) {
  return conn.Exec(
      "UPDATE contract_changes SET status = $3, approval_id = COALESCE($4, approval_id), decided_at = $5 WHERE "
      "tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(status), V(approval_id), V(decided_at)});
}

Result<std::vector<Contract>> ContractsEndingBy(Connection& conn, Id tenant_id, const std::string& first_day,
                                                const std::string& last_day, int limit) {
  auto r = conn.Query(SelectSql("$2") +
                          "WHERE c.tenant_id = $1 AND c.status = 'active' AND c.end_date >= $2 AND c.end_date <= $3 "
                          "AND c.deleted_at IS NULL AND (c.end_reminded_for IS NULL OR c.end_reminded_for <> "
                          "c.end_date) ORDER BY c.end_date, c.id LIMIT " + std::to_string(limit),
                      {V(tenant_id), V(first_day), V(last_day)});
  if (!r.ok()) return r.status();
  std::vector<Contract> out;
  for (auto& row : r->rows) out.push_back(Read(row));
  return out;
}

Result<bool> MarkEndReminded(Connection& conn, Id tenant_id, Id id, const std::string& end_date) {
  auto r = conn.Query(
      "UPDATE contracts SET end_reminded_for = $3 WHERE tenant_id = $1 AND id = $2 AND (end_reminded_for IS NULL OR "
      "end_reminded_for <> $3)",
      {V(tenant_id), V(id), V(end_date)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Result<std::vector<Id>> EndPastContracts(Connection& conn, Id tenant_id, const std::string& today, Instant at) {
  auto r = conn.Query(
      "UPDATE contracts SET status = 'ended', updated_at = $3, version = version + 1 WHERE tenant_id = $1 AND "
      "status = 'active' AND end_date < $2 AND deleted_at IS NULL RETURNING id",
      {V(tenant_id), V(today), V(at)});
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

}  // namespace quanke::contracts
