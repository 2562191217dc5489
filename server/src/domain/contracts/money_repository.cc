#include "domain/contracts/money_repository.h"

#include <map>

#include "core/time_zone.h"
#include "domain/contracts/contract_rules.h"
#include "domain/deals/deal_repository.h"
#include "domain/org/scope_repository.h"
#include "storage/keyset.h"

namespace quanke::contracts {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

using storage::Next;

// The owner condition of the receivables: the caller's data scope by the contract's owner (a
// copy on each instalment), `mine`, an owner or a department's subtree.
std::string OwnerClause(const org::Caller& caller, const ReceivableFilter& f, Params& p) {
  std::string where;
  if (f.mine) {
    where += " AND i.owner_id = " + Next(p);
    p.push_back(V(caller.user_id));
  } else if (caller.scope != org::DataScope::kAll) {
    org::ScopeFilter scope = org::OwnerScopeFilter(caller, "i.owner_id", static_cast<int>(p.size()) + 1);
    p.insert(p.end(), scope.params.begin(), scope.params.end());
    where += " AND " + scope.sql;
  }
  if (f.owner_id) {
    where += " AND i.owner_id = " + Next(p);
    p.push_back(V(*f.owner_id));
  }
  if (f.department_id) where += deals::DepartmentOwnersSql("i.owner_id", *f.department_id, p);
  if (f.customer_id) {
    where += " AND i.customer_id = " + Next(p);
    p.push_back(V(*f.customer_id));
  }
  return where;
}

constexpr std::string_view kReceiptSelect =
    "SELECT r.id, r.contract_id, COALESCE(c.number, ''), r.customer_id, COALESCE(cu.name, ''), r.owner_id, "
    "r.amount_fen, r.received_on, r.method, r.account, r.notes, r.status, r.approval_id, r.created_by, "
    "COALESCE(u.name, ''), r.created_at FROM receipts r "
    "LEFT JOIN contracts c ON c.tenant_id = r.tenant_id AND c.id = r.contract_id "
    "LEFT JOIN customers cu ON cu.tenant_id = r.tenant_id AND cu.id = r.customer_id "
    "LEFT JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.created_by ";

Receipt ReadReceipt(storage::Row& row) {
  Receipt r;
  size_t i = 0;
  r.id = row.Int(i++);
  r.contract_id = row.Int(i++);
  r.contract_number = row.TakeText(i++);
  r.customer_id = row.Int(i++);
  r.customer_name = row.TakeText(i++);
  r.owner_id = row.Int(i++);
  r.amount_fen = row.Int(i++);
  r.received_on = row.TakeText(i++);
  r.method = row.TakeText(i++);
  r.account = row.TakeText(i++);
  r.notes = row.TakeText(i++);
  r.status = row.TakeText(i++);
  r.approval_id = row.OptInt(i++);
  r.created_by = row.OptInt(i++);
  r.created_by_name = row.TakeText(i++);
  r.created_at = row.Int(i++);
  return r;
}

Status LoadAllocations(Connection& conn, Id tenant_id, std::vector<Receipt*> receipts) {
  if (receipts.empty()) return Status::Ok();
  std::map<Id, Receipt*> by_id;
  std::vector<Id> ids;
  for (auto* r : receipts) {
    by_id[r->id] = r;
    ids.push_back(r->id);
  }
  Params p{V(tenant_id)};
  const std::string in = storage::AppendIds(p, ids);
  auto r = conn.Query(
      "SELECT a.receipt_id, a.instalment_id, COALESCE(i.seq, 0), a.amount_fen FROM receipt_allocations a LEFT JOIN "
      "contract_instalments i ON i.tenant_id = a.tenant_id AND i.id = a.instalment_id WHERE a.tenant_id = $1 AND "
      "a.receipt_id IN (" + in + ") ORDER BY a.receipt_id, i.seq",
      p);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) by_id[row.Int(0)]->allocations.push_back({row.Int(1), row.Int(2), row.Int(3)});
  return Status::Ok();
}

constexpr std::string_view kInvoiceSelect =
    "SELECT v.id, v.contract_id, COALESCE(c.number, ''), v.customer_id, COALESCE(cu.name, ''), v.owner_id, v.type, "
    "v.number, v.title, v.tax_no, v.amount_fen, v.issued_on, v.status, v.notes, v.created_by, v.created_at FROM "
    "invoices v LEFT JOIN contracts c ON c.tenant_id = v.tenant_id AND c.id = v.contract_id "
    "LEFT JOIN customers cu ON cu.tenant_id = v.tenant_id AND cu.id = v.customer_id ";

Invoice ReadInvoice(storage::Row& row) {
  Invoice v;
  size_t i = 0;
  v.id = row.Int(i++);
  v.contract_id = row.Int(i++);
  v.contract_number = row.TakeText(i++);
  v.customer_id = row.Int(i++);
  v.customer_name = row.TakeText(i++);
  v.owner_id = row.Int(i++);
  v.type = row.TakeText(i++);
  v.number = row.TakeText(i++);
  v.title = row.TakeText(i++);
  v.tax_no = row.TakeText(i++);
  v.amount_fen = row.Int(i++);
  v.issued_on = row.TakeText(i++);
  v.status = row.TakeText(i++);
  v.notes = row.TakeText(i++);
  v.created_by = row.OptInt(i++);
  v.created_at = row.Int(i++);
  return v;
}

// A date range filter on `column` ("YYYY-MM-DD", inclusive).
void DateRange(const std::string& column, const std::optional<std::string>& from, const std::optional<std::string>& to,
               std::string& where, Params& p) {
  if (from) {
    where += " AND " + column + " >= " + Next(p);
    p.push_back(V(*from));
  }
  if (to) {
    where += " AND " + column + " <= " + Next(p);
    p.push_back(V(*to));
  }
}

// A receivable row: the instalment with the names of its contract, customer and owner.
Instalment ReadReceivable(storage::Row& row) {
  Instalment i;
  i.id = row.Int(0);
  i.contract_id = row.Int(1);
  i.seq = row.Int(2);
  i.due_date = row.TakeText(3);
  i.amount_fen = row.Int(4);
  i.received_fen = row.Int(5);
  i.notes = row.TakeText(6);
  i.owner_id = row.Int(7);
  i.customer_id = row.Int(8);
  i.contract_number = row.TakeText(9);
  i.contract_name = row.TakeText(10);
  i.customer_name = row.TakeText(11);
  i.owner_name = row.TakeText(12);
  return i;
}

}  // namespace

Status WritePlan(Connection& conn, Id tenant_id, Id contract_id, const std::vector<Instalment>& plan,
                 const std::vector<Id>& removed) {
  for (Id id : removed)
    if (Status s = conn.Defer("DELETE FROM contract_instalments WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
        !s.ok())
      return s;
  std::int64_t sum = 0;
  for (const auto& i : plan) {
    sum += i.amount_fen;
    if (Status s = conn.Defer(
            "INSERT INTO contract_instalments (tenant_id, id, contract_id, seq, due_date, amount_fen, notes, owner_id, "
            "customer_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (tenant_id, id) DO UPDATE SET seq = "
            "excluded.seq, due_date = excluded.due_date, amount_fen = excluded.amount_fen, notes = excluded.notes, "
            "due_reminded_at = CASE WHEN contract_instalments.due_date = excluded.due_date THEN "
            "contract_instalments.due_reminded_at END, overdue_reminded_at = CASE WHEN contract_instalments.due_date = "
            "excluded.due_date THEN contract_instalments.overdue_reminded_at END",
            {V(tenant_id), V(i.id), V(contract_id), V(i.seq), V(i.due_date), V(i.amount_fen), V(i.notes),
             V(i.owner_id), V(i.customer_id)});
        !s.ok())
      return s;
  }
  return conn.Defer("UPDATE contracts SET plan_fen = $3 WHERE tenant_id = $1 AND id = $2",
                    {V(tenant_id), V(contract_id), V(sum)});
}

Status SyncInstalments(Connection& conn, Id tenant_id, Id contract_id, const std::string& status, Id owner_id,
                       Id customer_id) {
  const bool open = status == "active" || status == "ended";
  return conn.Defer(
      "UPDATE contract_instalments SET owner_id = $3, customer_id = $4, is_open = CASE WHEN $5 = 1 AND received_fen < "
      "amount_fen THEN 1 ELSE 0 END WHERE tenant_id = $1 AND contract_id = $2",
      {V(tenant_id), V(contract_id), V(owner_id), V(customer_id), V(open)});
}

Result<bool> ClaimAmount(Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount, bool confirmed) {
  auto r = conn.Query(
      "UPDATE contracts SET claimed_fen = claimed_fen + $3, received_fen = received_fen + $4 WHERE tenant_id = $1 AND "
      "id = $2 AND deleted_at IS NULL AND status IN ('active', 'ended') AND claimed_fen + $3 <= total_fen",
      {V(tenant_id), V(contract_id), V(amount), V(confirmed ? amount : 0)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Status SettleClaim(Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount, bool confirmed) {
  return conn.Exec(
      confirmed ? "UPDATE contracts SET received_fen = received_fen + $3 WHERE tenant_id = $1 AND id = $2"
                : "UPDATE contracts SET claimed_fen = claimed_fen - $3 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(contract_id), V(amount)});
}

Result<bool> AddInvoiced(Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount) {
  auto r = conn.Query(
      "UPDATE contracts SET invoiced_fen = invoiced_fen + $3 WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL "
      "AND status IN ('active', 'ended') AND invoiced_fen + $3 <= total_fen",
      {V(tenant_id), V(contract_id), V(amount)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Status SubtractInvoiced(Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount) {
  return conn.Exec("UPDATE contracts SET invoiced_fen = invoiced_fen - $3 WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(contract_id), V(amount)});
}

Result<std::vector<OpenInstalment>> OpenInstalments(Connection& conn, Id tenant_id, Id contract_id) {
  auto r = conn.Query(
      "SELECT i.id, i.seq, i.amount_fen - COALESCE((SELECT SUM(a.amount_fen) FROM receipt_allocations a JOIN receipts "
      "r ON r.tenant_id = a.tenant_id AND r.id = a.receipt_id WHERE a.tenant_id = i.tenant_id AND a.instalment_id = "
      "i.id AND r.status IN ('pending', 'confirmed') AND r.deleted_at IS NULL), 0) FROM contract_instalments i WHERE "
      "i.tenant_id = $1 AND i.contract_id = $2 ORDER BY i.due_date, i.seq",
      {V(tenant_id), V(contract_id)});
  if (!r.ok()) return r.status();
  std::vector<OpenInstalment> out;
  for (auto& row : r->rows) out.push_back({row.Int(0), row.Int(1), row.Int(2)});
  return out;
}

Status InsertReceipt(Connection& conn, Id tenant_id, const Receipt& r) {
  if (Status s = conn.Defer(
          "INSERT INTO receipts (tenant_id, id, contract_id, customer_id, owner_id, amount_fen, received_on, method, "
          "account, notes, status, approval_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
          "$10, $11, $12, $13, $14)",
          {V(tenant_id), V(r.id), V(r.contract_id), V(r.customer_id), V(r.owner_id), V(r.amount_fen),
           V(r.received_on), V(r.method), V(r.account), V(r.notes), V(r.status), V(r.approval_id), V(r.created_by),
           V(r.created_at)});
      !s.ok())
    return s;
  for (const auto& a : r.allocations)
    if (Status s = conn.Defer(
            "INSERT INTO receipt_allocations (tenant_id, receipt_id, instalment_id, amount_fen) VALUES ($1, $2, $3, $4)",
            {V(tenant_id), V(r.id), V(a.instalment_id), V(a.amount_fen)});
        !s.ok())
      return s;
  return Status::Ok();
}

Status ApplyAllocations(Connection& conn, Id tenant_id, const Receipt& r) {
  for (const auto& a : r.allocations)
    if (Status s = conn.Defer(
            "UPDATE contract_instalments SET received_fen = received_fen + $3 WHERE tenant_id = $1 AND id = $2",
            {V(tenant_id), V(a.instalment_id), V(a.amount_fen)});
        !s.ok())
      return s;
  return Status::Ok();
}

Status SetReceiptStatus(Connection& conn, Id tenant_id, Id id, const std::string& status, std::optional<Id> approval_id) {
  return conn.Defer(
      "UPDATE receipts SET status = $3, approval_id = COALESCE($4, approval_id) WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(status), V(approval_id)});
}

Status SoftDeleteReceipt(Connection& conn, Id tenant_id, Id id, Instant at, Id by) {
  return conn.Defer("UPDATE receipts SET deleted_at = $3, deleted_by = $4 WHERE tenant_id = $1 AND id = $2",
                    {V(tenant_id), V(id), V(at), V(by)});
}

Result<bool> MarkReceiptLive(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(
      "UPDATE receipts SET deleted_at = NULL, deleted_by = NULL WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NOT "
      "NULL RETURNING id",
      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<Receipt> GetReceipt(Connection& conn, Id tenant_id, Id id, bool include_deleted) {
  auto r = conn.Query(std::string(kReceiptSelect) + "WHERE r.tenant_id = $1 AND r.id = $2" +
                          (include_deleted ? "" : " AND r.deleted_at IS NULL"),
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  Receipt out = ReadReceipt(r->rows.front());
  if (Status s = LoadAllocations(conn, tenant_id, {&out}); !s.ok()) return s;
  return out;
}

Result<Page<Receipt>> ListReceipts(Connection& conn, const org::Caller& caller, const ReceiptFilter& f,
                                   const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "r.tenant_id = $1 AND r.deleted_at IS NULL";
  auto eq = storage::EqualsAppender(where, p);
  if (f.mine) eq("r.owner_id", V(caller.user_id));
  else where += deals::OwnedScopeSql(caller, "r.owner_id", "r.customer_id", p);
  if (f.contract_id) eq("r.contract_id", V(*f.contract_id));
  if (f.customer_id) eq("r.customer_id", V(*f.customer_id));
  if (f.owner_id) eq("r.owner_id", V(*f.owner_id));
  if (f.department_id) where += deals::DepartmentOwnersSql("r.owner_id", *f.department_id, p);
  if (!f.status.empty()) eq("r.status", V(f.status));
  DateRange("r.received_on", f.from, f.to, where, p);
  const bool by_amount = page.sort == "amountFen";
  auto out = storage::KeysetPage<Receipt>(
      conn, page, where, p, "receipts r", by_amount ? "r.amount_fen" : "r.received_on", !by_amount, "r.id",
      [](Params&) { return std::string(kReceiptSelect); }, ReadReceipt,
      [&](const Receipt& r) { return by_amount ? std::to_string(r.amount_fen) : r.received_on; });
  if (!out.ok()) return out.status();
  std::vector<Receipt*> all;
  for (auto& r : out->items) all.push_back(&r);
  if (Status s = LoadAllocations(conn, caller.tenant_id, all); !s.ok()) return s;
  return out;
}

Result<std::pair<std::int64_t, std::int64_t>> OwnerMoneyStats(Connection& conn, Id tenant_id, Id owner_id, Instant from,
                                                              Instant to, const std::string& first_day,
                                                              const std::string& last_day) {
  auto r = conn.Query(
      "SELECT (SELECT COALESCE(SUM(total_fen), 0) FROM contracts WHERE tenant_id = $1 AND owner_id = $2 AND "
      "deleted_at IS NULL AND activated_at >= $3 AND activated_at < $4), (SELECT COALESCE(SUM(amount_fen), 0) FROM "
      "receipts WHERE tenant_id = $1 AND owner_id = $2 AND received_on >= $5 AND received_on <= $6 AND status = "
      "'confirmed' AND deleted_at IS NULL)",
      {V(tenant_id), V(owner_id), V(from), V(to), V(first_day), V(last_day)});
  if (!r.ok()) return r.status();
  return std::pair{r->front().Int(0), r->front().Int(1)};
}

Result<std::vector<Instalment>> OwnerInstalmentsDue(Connection& conn, Id tenant_id, Id owner_id,
                                                    const std::string& last_day, int limit) {
  // contract_instalments_owner covers the range; the page's names are joined for `limit` rows.
  auto r = conn.Query(
      "SELECT i.id, i.contract_id, i.seq, i.due_date, i.amount_fen, i.received_fen, i.notes, i.owner_id, "
      "i.customer_id, COALESCE(c.number, ''), COALESCE(c.name, ''), COALESCE(cu.name, ''), '' FROM "
      "contract_instalments i LEFT JOIN contracts c ON c.tenant_id = i.tenant_id AND c.id = i.contract_id LEFT JOIN "
      "customers cu ON cu.tenant_id = i.tenant_id AND cu.id = i.customer_id WHERE i.tenant_id = $1 AND i.owner_id = "
      "$2 AND i.is_open = 1 AND i.due_date <= $3 ORDER BY i.due_date, i.id LIMIT " + std::to_string(limit),
      {V(tenant_id), V(owner_id), V(last_day)});
  if (!r.ok()) return r.status();
  std::vector<Instalment> out;
  for (auto& row : r->rows) out.push_back(ReadReceivable(row));
  return out;
}

Status InsertInvoice(Connection& conn, Id tenant_id, const Invoice& i) {
  return conn.Exec(
      "INSERT INTO invoices (tenant_id, id, contract_id, customer_id, owner_id, type, number, title, tax_no, "
      "amount_fen, issued_on, status, notes, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
      "$11, $12, $13, $14, $15)",
      {V(tenant_id), V(i.id), V(i.contract_id), V(i.customer_id), V(i.owner_id), V(i.type), V(i.number), V(i.title),
       V(i.tax_no), V(i.amount_fen), V(i.issued_on), V(i.status), V(i.notes), V(i.created_by), V(i.created_at)});
}

Result<Invoice> GetInvoice(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kInvoiceSelect) + "WHERE v.tenant_id = $1 AND v.id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadInvoice(r->rows.front());
}

Result<bool> InvoiceNumberTaken(Connection& conn, Id tenant_id, const std::string& number) {
  auto r = conn.Query("SELECT 1 FROM invoices WHERE tenant_id = $1 AND number = $2 AND status = 'issued'",
                      {V(tenant_id), V(number)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Status VoidInvoice(Connection& conn, Id tenant_id, Id id, const std::string& reason) {
  return conn.Exec("UPDATE invoices SET status = 'void', void_reason = $3 WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(id), V(reason)});
}

Result<Page<Invoice>> ListInvoices(Connection& conn, const org::Caller& caller, const InvoiceFilter& f,
                                   const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "v.tenant_id = $1";
  auto eq = storage::EqualsAppender(where, p);
  if (f.mine) eq("v.owner_id", V(caller.user_id));
  else where += deals::OwnedScopeSql(caller, "v.owner_id", "v.customer_id", p);
  if (f.contract_id) eq("v.contract_id", V(*f.contract_id));
  if (f.customer_id) eq("v.customer_id", V(*f.customer_id));
  if (!f.status.empty()) eq("v.status", V(f.status));
  DateRange("v.issued_on", f.from, f.to, where, p);
  return storage::KeysetPage<Invoice>(
      conn, page, where, p, "invoices v", "v.issued_on", true, "v.id",
      [](Params&) { return std::string(kInvoiceSelect); }, ReadInvoice, [](const Invoice& v) { return v.issued_on; });
}

Result<Page<Instalment>> ListReceivables(Connection& conn, const org::Caller& caller, const ReceivableFilter& f,
                                         const std::string& today, const PageRequest& page) {
  Params p{V(caller.tenant_id)};
  std::string where = "i.tenant_id = $1 AND i.is_open = 1";
  where += OwnerClause(caller, f, p);
  if (!f.bucket.empty()) {
    LocalDate t = 0;
    ParseDate(today, &t);
    auto [from, to] = BucketRange(f.bucket, t);
    DateRange("i.due_date", from ? std::optional<std::string>(FormatDate(*from)) : std::nullopt,
              to ? std::optional<std::string>(FormatDate(*to)) : std::nullopt, where, p);
  }
  const bool by_owed = page.sort == "owedFen";
  // The page's names: the contract's (ours), the customer's and the owner's (other modules').
  return storage::KeysetPage<Instalment>(
      conn, page, where, p, "contract_instalments i", by_owed ? "(i.amount_fen - i.received_fen)" : "i.due_date",
      !by_owed, "i.id",
      [](Params&) {
        return std::string(
            "SELECT i.id, i.contract_id, i.seq, i.due_date, i.amount_fen, i.received_fen, i.notes, i.owner_id, "
            "i.customer_id, COALESCE(c.number, ''), COALESCE(c.name, ''), COALESCE(cu.name, ''), COALESCE(u.name, '') "
            "FROM contract_instalments i LEFT JOIN contracts c ON c.tenant_id = i.tenant_id AND c.id = i.contract_id "
            "LEFT JOIN customers cu ON cu.tenant_id = i.tenant_id AND cu.id = i.customer_id LEFT JOIN users u ON "
            "u.tenant_id = i.tenant_id AND u.id = i.owner_id");
      },
      ReadReceivable, [&](const Instalment& i) { return by_owed ? std::to_string(i.OwedFen()) : i.due_date; });
}

Result<Ageing> AgeingOf(Connection& conn, const org::Caller& caller, const ReceivableFilter& f, const std::string& today) {
  LocalDate t = 0;
  ParseDate(today, &t);
  Params p{V(caller.tenant_id), V(today), V(FormatDate(t - 30)), V(FormatDate(t - 90))};
  const std::string bucket =
      "CASE WHEN i.due_date >= $2 THEN 0 WHEN i.due_date >= $3 THEN 1 WHEN i.due_date >= $4 THEN 2 ELSE 3 END AS b";
  const std::string owners = OwnerClause(caller, f, p);
  // The whole company from what is owed per due date (receivable_dates, migration 0038); anyone
  // narrower in one pass over their open instalments (the covering index holds due date and amounts).
  auto r = owners.empty()
               ? conn.Query("SELECT " + bucket + ", COALESCE(SUM(i.open_count), 0), COALESCE(SUM(i.owed_fen), 0) FROM "
                            "receivable_dates i WHERE i.tenant_id = $1 GROUP BY b",
                            p)
               : conn.Query("SELECT " + bucket + ", COUNT(*), COALESCE(SUM(i.amount_fen - i.received_fen), 0) FROM "
                            "contract_instalments i WHERE i.tenant_id = $1 AND i.is_open = 1" + owners + " GROUP BY b",
                            p);
  if (!r.ok()) return r.status();
  Ageing a;
  a.as_of = today;
  const char* names[] = {"not_due", "d1_30", "d31_90", "d90_plus"};
  for (const char* n : names) a.buckets.push_back({n, 0, 0});
  for (const auto& row : r->rows) {
    auto& b = a.buckets.at(static_cast<size_t>(row.Int(0)));
    b.count = row.Int(1);
    b.owed_fen = row.Int(2);
    a.total_owed_fen += b.owed_fen;
  }
  // What active and ended contracts owe beyond their plans (contracts, by the same owner rule).
  Params q{V(caller.tenant_id)};
  std::string cw = "c.tenant_id = $1 AND c.deleted_at IS NULL AND c.status IN ('active', 'ended') AND c.plan_fen < "
                   "c.total_fen";
  std::string owner = OwnerClause(caller, f, q);
  for (const auto& [from, to] : {std::pair{"i.owner_id", "c.owner_id"}, std::pair{"i.customer_id", "c.customer_id"}}) {
    for (size_t pos; (pos = owner.find(from)) != std::string::npos;) owner.replace(pos, std::string(from).size(), to);
  }
  auto w = conn.Query(
      "SELECT COALESCE(SUM(c.total_fen - (CASE WHEN c.plan_fen > c.received_fen THEN c.plan_fen ELSE c.received_fen "
      "END)), 0) FROM contracts c WHERE " + cw + owner + " AND c.received_fen < c.total_fen AND c.plan_fen < "
      "c.total_fen",
      q);
  if (!w.ok()) return w.status();
  a.without_plan_owed_fen = w->front().Int(0);
  return a;
}

Result<std::vector<Instalment>> InstalmentsToRemind(Connection& conn, Id tenant_id, bool overdue,
                                                    const std::string& first_day, const std::string& last_day,
                                                    int limit) {
  auto r = conn.Query(
      std::string("SELECT i.id, i.contract_id, i.seq, i.due_date, i.amount_fen, i.received_fen, i.owner_id, "
                  "i.customer_id, COALESCE(c.number, ''), COALESCE(c.name, ''), COALESCE(cu.name, '') FROM "
                  "contract_instalments i LEFT JOIN contracts c ON c.tenant_id = i.tenant_id AND c.id = i.contract_id "
                  "LEFT JOIN customers cu ON cu.tenant_id = i.tenant_id AND cu.id = i.customer_id WHERE i.tenant_id = "
                  "$1 AND i.is_open = 1 AND i.due_date >= $2 AND i.due_date <= $3 AND ") +
          (overdue ? "i.overdue_reminded_at IS NULL" : "i.due_reminded_at IS NULL") +
          " ORDER BY i.due_date, i.id LIMIT " + std::to_string(limit),
      {V(tenant_id), V(first_day), V(last_day)});
  if (!r.ok()) return r.status();
  std::vector<Instalment> out;
  for (auto& row : r->rows) {
    Instalment i;
    i.id = row.Int(0);
    i.contract_id = row.Int(1);
    i.seq = row.Int(2);
    i.due_date = row.TakeText(3);
    i.amount_fen = row.Int(4);
    i.received_fen = row.Int(5);
    i.owner_id = row.Int(6);
    i.customer_id = row.Int(7);
    i.contract_number = row.TakeText(8);
    i.contract_name = row.TakeText(9);
    i.customer_name = row.TakeText(10);
    out.push_back(std::move(i));
  }
  return out;
}

Result<bool> MarkInstalmentReminded(Connection& conn, Id tenant_id, Id id, bool overdue, Instant at) {
  auto r = conn.Query(overdue ? "UPDATE contract_instalments SET overdue_reminded_at = $3 WHERE tenant_id = $1 AND id = "
                                "$2 AND overdue_reminded_at IS NULL"
                              : "UPDATE contract_instalments SET due_reminded_at = $3 WHERE tenant_id = $1 AND id = $2 "
                                "AND due_reminded_at IS NULL",
                      {V(tenant_id), V(id), V(at)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

}  // namespace quanke::contracts
