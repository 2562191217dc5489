// The recycle bin's SQL (recycle_repository.h): one select per kind over its soft-deleted rows,
// united for the list; undelete and purge per kind.
#include "domain/recycle/recycle_repository.h"

#include "storage/keyset.h"
#include "storage/text_search.h"

namespace quanke::recycle {
namespace {

using storage::Connection;
using storage::V;

// A kind's table, its title as SQL over the table's columns, and the customer it belongs to.
struct KindTable {
  Kind kind;
  const char* table;
  const char* title;
  const char* customer_id;  // SQL; NULL for kinds of their own
};

constexpr KindTable kTables[] = {
    {Kind::kCustomer, "customers", "name", "CAST(NULL AS BIGINT)"},
    {Kind::kContact, "contacts", "name", "customer_id"},
    {Kind::kLead, "leads", "CASE WHEN company <> '' THEN company ELSE name END", "CAST(NULL AS BIGINT)"},
    {Kind::kOpportunity, "opportunities", "name", "customer_id"},
    {Kind::kProduct, "products", "code || ' ' || name", "CAST(NULL AS BIGINT)"},
    {Kind::kContract, "contracts", "number || ' ' || name", "customer_id"},
    // A lead's follow-ups have customer 0 (they are not deleted one by one: no customer then).
    {Kind::kFollowUp, "follow_ups", "type || ' ' || SUBSTR(text, 1, 40)", "NULLIF(customer_id, 0)"},
    // "¥1234.50 HT…" (contract_rules' FormatYuan as SQL, both backends); the customer is the
    // contract's (the contracts module keeps the receipt's copy equal).
    {Kind::kReceipt, "receipts",
     "'¥' || CAST(amount_fen / 100 AS TEXT) || '.' || CASE WHEN amount_fen % 100 < 10 THEN '0' ELSE '' END || "
     "CAST(amount_fen % 100 AS TEXT) || ' ' || COALESCE((SELECT k.number FROM contracts k WHERE k.tenant_id = "
     "receipts.tenant_id AND k.id = receipts.contract_id), '')",
     "(SELECT k.customer_id FROM contracts k WHERE k.tenant_id = receipts.tenant_id AND k.id = receipts.contract_id)"},
};

const KindTable& TableOf(Kind kind) {
  for (const auto& t : kTables)
    if (t.kind == kind) return t;
  return kTables[0];
}

// The deleted rows of one kind of tenant $1 as (kind, tenant_id, id, title, customer_id,
// deleted_at, deleted_by).
std::string DeletedRows(const KindTable& t) {
  return std::string("SELECT '") + KindName(t.kind) + "' AS kind, tenant_id, id, " + t.title + " AS title, " +
         t.customer_id + " AS customer_id, deleted_at, deleted_by FROM " + t.table +
         " WHERE tenant_id = $1 AND deleted_at IS NOT NULL";
}

// (kind, id, title, customer_id, customer name, deleted_at, deleted_by, deleter's name) from a
// derived table `b` of DeletedRows.
constexpr const char* kItemColumns =
    "SELECT b.kind, b.id, b.title, b.customer_id, COALESCE(pc.name, ''), b.deleted_at, b.deleted_by, "
    "COALESCE(u.name, '') FROM ";
constexpr const char* kItemJoins =
    " LEFT JOIN customers pc ON pc.tenant_id = b.tenant_id AND pc.id = b.customer_id LEFT JOIN users u ON "
    "u.tenant_id = b.tenant_id AND u.id = b.deleted_by";

BinItem ReadItem(storage::Row& r) {
  BinItem item;
  ParseKind(r.Text(0), &item.kind);
  item.id = r.Int(1);
  item.title = r.TakeText(2);
  item.customer_id = r.OptInt(3);
  item.customer_name = r.TakeText(4);
  item.deleted_at = r.Int(5);
  item.deleted_by = r.OptInt(6);
  item.deleted_by_name = r.TakeText(7);
  return item;
}

// LIKE pattern of a substring, its wildcards escaped (with ESCAPE '\').
std::string Contains(const std::string& q) {
  std::string out = "%";
  for (char ch : q) {
    if (ch == '%' || ch == '_' || ch == '\\') out.push_back('\\');
    out.push_back(ch);
  }
  out.push_back('%');
  return out;
}

// Deletes the follow-ups of tenant $1 matching `which` (over follow_ups' columns, $2 the id) and
// what hangs off them: their feed items with those items' comments and likes, their attachments'
// rows (the files stay in the content store, which other rows may share).
std::vector<std::string> FollowUpsPurge(const std::string& which) {
  const std::string ids = "SELECT id FROM follow_ups WHERE tenant_id = $1 AND " + which;
  const std::string items = "SELECT id FROM feed_items WHERE tenant_id = $1 AND follow_up_id IN (" + ids + ")";
  return {"DELETE FROM comments WHERE tenant_id = $1 AND item_id IN (" + items + ")",
          "DELETE FROM feed_likes WHERE tenant_id = $1 AND item_id IN (" + items + ")",
          "DELETE FROM feed_items WHERE tenant_id = $1 AND follow_up_id IN (" + ids + ")",
          "DELETE FROM attachments WHERE tenant_id = $1 AND follow_up_id IN (" + ids + ")",
          "DELETE FROM follow_ups WHERE tenant_id = $1 AND " + which};
}

}  // namespace

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kCustomer: return "customer";
    case Kind::kContact: return "contact";
    case Kind::kLead: return "lead";
    case Kind::kOpportunity: return "opportunity";
    case Kind::kProduct: return "product";
    case Kind::kContract: return "contract";
    case Kind::kFollowUp: return "follow_up";
    case Kind::kReceipt: return "receipt";
  }
  return "customer";
}

bool ParseKind(std::string_view text, Kind* out) {
  for (Kind k : kAllKinds)
    if (text == KindName(k)) {
      *out = k;
      return true;
    }
  return false;
}

Result<Page<BinItem>> ListDeleted(Connection& conn, Id tenant_id, const BinFilter& filter, const PageRequest& page) {
  std::string rows;
  for (const auto& t : kTables) {
    if (filter.kind && *filter.kind != t.kind) continue;
    if (!rows.empty()) rows += " UNION ALL ";
    rows += DeletedRows(t);
  }
  const std::string from = "(" + rows + ") b";
  storage::Params params{V(tenant_id)};
  std::string where = "1 = 1";
  if (!filter.q.empty()) {
    where += " AND b.title LIKE " + storage::Next(params) + " ESCAPE '\\'";
    params.push_back(V(Contains(filter.q)));
  }
  return storage::KeysetPage<BinItem>(
      conn, page, where, params, from, "b.deleted_at", false, "b.id",
      [&](const storage::Params&) { return kItemColumns + from + kItemJoins; }, ReadItem,
      [](const BinItem& i) { return std::to_string(i.deleted_at); });
}

Result<std::optional<BinItem>> GetDeleted(Connection& conn, Id tenant_id, Kind kind, Id id) {
  auto r = conn.Query(kItemColumns + ("(" + DeletedRows(TableOf(kind)) + " AND id = $2) b") + kItemJoins,
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<BinItem>{};
  return std::optional<BinItem>{ReadItem(r->rows.front())};
}

Result<bool> Undelete(Connection& conn, Id tenant_id, Kind kind, Id id, Instant now) {
  auto r = conn.Query(std::string("UPDATE ") + TableOf(kind).table +
                          " SET deleted_at = NULL, deleted_by = NULL, updated_at = $3 WHERE tenant_id = $1 AND id = $2 "
                          "AND deleted_at IS NOT NULL RETURNING id",
                      {V(tenant_id), V(id), V(now)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<std::optional<Id>> DeletedContractOf(Connection& conn, Id tenant_id, Id receipt_id) {
  auto r = conn.Query(
      "SELECT k.id FROM receipts r JOIN contracts k ON k.tenant_id = r.tenant_id AND k.id = r.contract_id WHERE "
      "r.tenant_id = $1 AND r.id = $2 AND k.deleted_at IS NOT NULL",
      {V(tenant_id), V(receipt_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Id>{};
  return std::optional<Id>{r->front().Int(0)};
}

Result<bool> ProductCodeTaken(Connection& conn, Id tenant_id, Id product_id) {
  auto r = conn.Query(
      "SELECT 1 FROM products p JOIN products d ON d.tenant_id = p.tenant_id AND d.code = p.code WHERE "
      "d.tenant_id = $1 AND d.id = $2 AND p.id <> $2 AND p.deleted_at IS NULL LIMIT 1",
      {V(tenant_id), V(product_id)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<std::vector<std::string>> CustomerPhoneDigits(Connection& conn, Id tenant_id, Id customer_id) {
  auto r = conn.Query("SELECT digits FROM customer_phones WHERE tenant_id = $1 AND customer_id = $2 ORDER BY digits",
                      {V(tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  std::vector<std::string> out;
  for (auto& row : r->rows) out.push_back(row.TakeText(0));
  return out;
}

Status RestartClock(Connection& conn, Id tenant_id, Id customer_id, Instant now) {
  return conn.Exec(
      "UPDATE customers SET clock_start_at = $3, reminded_for = NULL WHERE tenant_id = $1 AND id = $2 AND owner_id "
      "IS NOT NULL",
      {V(tenant_id), V(customer_id), V(now)});
}

Result<std::int64_t> CountDependents(Connection& conn, Id tenant_id, Kind kind, Id id) {
  const char* sql = nullptr;
  switch (kind) {
    case Kind::kCustomer:
      sql =
          "SELECT (SELECT COUNT(*) FROM opportunities WHERE tenant_id = $1 AND customer_id = $2) + (SELECT "
          "COUNT(*) FROM contracts WHERE tenant_id = $1 AND customer_id = $2)";
      break;
    case Kind::kOpportunity:
      sql = "SELECT COUNT(*) FROM contracts WHERE tenant_id = $1 AND opportunity_id = $2";
      break;
    default:
      return std::int64_t{0};
  }
  auto r = conn.Query(sql, {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Status PurgeRow(Connection& conn, Id tenant_id, Kind kind, Id id) {
  std::vector<std::string> deletes;
  switch (kind) {
    case Kind::kCustomer:
      if (Status s = storage::RemoveCustomerGrams(conn, id); !s.ok()) return s;
      deletes = FollowUpsPurge("customer_id = $2");
      deletes.insert(deletes.end(), {"DELETE FROM contacts WHERE tenant_id = $1 AND customer_id = $2",
                 "DELETE FROM customer_phones WHERE tenant_id = $1 AND customer_id = $2",
                 "DELETE FROM customer_team WHERE tenant_id = $1 AND customer_id = $2",
                 "DELETE FROM customer_owner_history WHERE tenant_id = $1 AND customer_id = $2",
                 "DELETE FROM custom_values WHERE tenant_id = $1 AND record_id = $2",
                 "DELETE FROM customers WHERE tenant_id = $1 AND id = $2"});
      break;
    case Kind::kContact:
      deletes = {"DELETE FROM contacts WHERE tenant_id = $1 AND id = $2"};
      break;
    case Kind::kLead:
      deletes = {"DELETE FROM lead_phones WHERE tenant_id = $1 AND lead_id = $2",
                 "DELETE FROM lead_owner_history WHERE tenant_id = $1 AND lead_id = $2",
                 "DELETE FROM custom_values WHERE tenant_id = $1 AND record_id = $2",
                 "DELETE FROM leads WHERE tenant_id = $1 AND id = $2"};
      break;
    case Kind::kOpportunity:
      deletes = {"DELETE FROM opportunity_items WHERE tenant_id = $1 AND opportunity_id = $2",
                 "DELETE FROM opportunity_stage_changes WHERE tenant_id = $1 AND opportunity_id = $2",
                 "DELETE FROM opportunities WHERE tenant_id = $1 AND id = $2"};
      break;
    case Kind::kProduct:
      // Lines keep their own copy of the name and price; they lose the link only.
      deletes = {"UPDATE opportunity_items SET product_id = NULL WHERE tenant_id = $1 AND product_id = $2",
                 "UPDATE contract_items SET product_id = NULL WHERE tenant_id = $1 AND product_id = $2",
                 "DELETE FROM products WHERE tenant_id = $1 AND id = $2"};
      break;
    case Kind::kContract:  // drafts only are deleted: no receipts but deleted ones, should there be any
      deletes = {"DELETE FROM receipt_allocations WHERE tenant_id = $1 AND receipt_id IN (SELECT id FROM receipts "
                 "WHERE tenant_id = $1 AND contract_id = $2)",
                 "DELETE FROM receipts WHERE tenant_id = $1 AND contract_id = $2",
                 "DELETE FROM contract_items WHERE tenant_id = $1 AND contract_id = $2",
                 "DELETE FROM contract_changes WHERE tenant_id = $1 AND contract_id = $2",
                 "DELETE FROM contract_instalments WHERE tenant_id = $1 AND contract_id = $2",
                 "DELETE FROM contracts WHERE tenant_id = $1 AND id = $2"};
      break;
    case Kind::kFollowUp:
      deletes = FollowUpsPurge("id = $2");
      break;
    case Kind::kReceipt:
      // Its approval stays in the approvals' history (the engine's rows; the contracts module
      // answers that a purged receipt is no longer there to read or decide).
      deletes = {"DELETE FROM receipt_allocations WHERE tenant_id = $1 AND receipt_id = $2",
                 "DELETE FROM receipts WHERE tenant_id = $1 AND id = $2"};
      break;
  }
  for (const std::string& sql : deletes)
    if (Status s = conn.Exec(sql, {V(tenant_id), V(id)}); !s.ok()) return s;
  return Status::Ok();
}

Result<std::vector<Expired>> ListExpired(Connection& conn, Instant cutoff, int limit) {
  std::string sql;
  for (const auto& t : kTables) {
    if (!sql.empty()) sql += " UNION ALL ";
    sql += std::string("SELECT '") + KindName(t.kind) + "' AS kind, tenant_id, id, deleted_at FROM " + t.table +
           " WHERE deleted_at IS NOT NULL AND deleted_at <= $1";
  }
  sql = "SELECT kind, tenant_id, id FROM (" + sql + ") x ORDER BY deleted_at, id LIMIT " + std::to_string(limit);
  auto r = conn.Query(sql, {V(cutoff)});
  if (!r.ok()) return r.status();
  std::vector<Expired> out;
  for (const auto& row : r->rows) {
    Expired e;
    ParseKind(row.Text(0), &e.kind);
    e.tenant_id = row.Int(1);
    e.id = row.Int(2);
    out.push_back(e);
  }
  return out;
}

}  // namespace quanke::recycle
