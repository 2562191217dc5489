// The writes of a customer's row and what is derived from it: a new customer with its contacts,
// phones and search grams; an edit of the changed columns; re-deriving phones, search text and
// grid cell; rebuilding the text index when its token scheme changed.
#include <set>

#include "core/geo.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_repository_internal.h"
#include "domain/customers/normalize.h"
#include "storage/text_search.h"

namespace quanke::customers {
namespace {
using storage::Params;
using storage::V;

// Every phone of the customer and its live contacts, as digits.
Result<std::set<std::string>> PhonesOf(storage::Connection& conn, Id tenant_id, const Customer& c,
                                       std::vector<std::string>* contact_fields) {
  std::set<std::string> phones;
  if (c.phone) {
    auto d = PhoneDigits(*c.phone);
    if (d.size() >= 5) phones.insert(d);
  }
  auto contacts = conn.Query(
      "SELECT name, mobile, phone FROM contacts WHERE tenant_id = $1 AND customer_id = $2 AND "
      "deleted_at IS NULL",
      {V(tenant_id), V(c.id)});
  if (!contacts.ok()) return contacts.status();
  for (const auto& row : contacts->rows) {
    contact_fields->push_back(row.Text(0));
    for (size_t k : {1u, 2u}) {
      if (row.IsNull(k)) continue;
      auto d = PhoneDigits(row.Text(k));
      if (d.size() >= 5) phones.insert(d);
    }
  }
  return phones;
}

}  // namespace

Status InsertCustomer(storage::Connection& conn, Id tenant_id, const Customer& c,
                      const std::vector<Contact>& contacts) {
  // Everything derived (search text, grams, phones, grid cell) is computed here, so a new
  // customer is one INSERT plus its index rows — bulk imports write each row once. All of them
  // are queued (Defer): on PostgreSQL they travel with the next statement that needs an answer.
  std::vector<std::string> fields{c.name, c.short_name};
  std::set<std::string> phones;
  auto add_phone = [&](const std::optional<std::string>& p) {
    if (!p) return;
    auto d = PhoneDigits(*p);
    if (d.size() >= 5) phones.insert(d);
  };
  add_phone(c.phone);
  for (const auto& ct : contacts) {
    fields.push_back(ct.name);
    add_phone(ct.mobile);
    add_phone(ct.phone);
  }
  for (const auto& p : phones) fields.push_back(p);
  const std::string text = SearchText(fields);
  const std::optional<std::int64_t> cell =
      c.lat && c.lng && geo::ValidLatLng(*c.lat, *c.lng) ? std::optional<std::int64_t>(geo::CellOf(*c.lat, *c.lng)) : std::nullopt;
  Status s = conn.Defer(
      "INSERT INTO customers (tenant_id, id, name, short_name, name_norm, credit_code, industry, "
      "scale, level, status, source, province, city, district, address, lat, lng, phone, website, "
      "tags, custom_fields, owner_id, pool_id, home_pool_id, locked, clock_start_at, claimed_at, "
      "released_at, previous_owner_id, times_reclaimed, last_follow_up_at, last_deal_at, "
      "next_follow_up_at, created_by, created_at, updated_at, search_text, geo_cell) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, "
      "$26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38)",
      {V(tenant_id), V(c.id), V(c.name), V(c.short_name), V(NormalizeCompanyName(c.name)),
       V(c.credit_code), V(c.industry), V(c.scale), V(c.level), V(c.status), V(c.source),
       V(c.province), V(c.city), V(c.district), V(c.address), V(c.lat), V(c.lng), V(c.phone),
       V(c.website), V(detail::JoinTags(c.tags)), V(c.custom_fields), V(c.owner_id), V(c.pool_id),
       V(c.home_pool_id), V(c.locked), V(c.clock_start_at), V(c.claimed_at), V(c.released_at),
       V(c.previous_owner_id), V(c.times_reclaimed), V(c.last_follow_up_at), V(c.last_deal_at),
       V(c.next_follow_up_at), V(c.created_by), V(c.created_at), V(c.updated_at), V(text), V(cell)});
  if (!s.ok()) return s;
  for (const auto& ct : contacts)
    if (Status w = detail::InsertContactRow(conn, tenant_id, ct); !w.ok()) return w;
  for (const auto& p : phones) {
    if (Status w = conn.Defer("INSERT INTO customer_phones (tenant_id, digits, customer_id) VALUES ($1, $2, $3)",
                             {V(tenant_id), V(p), V(c.id)});
        !w.ok())
      return w;
  }
  const SearchGrams grams = MakeSearchGrams(text);
  return storage::IndexCustomerGrams(conn, tenant_id, c.id, grams.bigrams, grams.unigrams, /*replace=*/false);
}

Status UpdateCustomer(storage::Connection& conn, const org::Caller& caller, const Customer& before, const Customer& c) {
  // Only the columns that changed are written: SQLite rewrites the entry of every index on a
  // column the UPDATE names, changed or not, and each is a page more in the WAL.
  std::string set;
  Params params{V(caller.tenant_id), V(c.id)};
  auto column = [&](const char* name, bool changed, storage::Value value) {
    if (!changed) return;
    set += std::string(set.empty() ? "" : ", ") + name + " = $" + std::to_string(params.size() + 1);
    params.push_back(std::move(value));
  };
  column("name", c.name != before.name, V(c.name));
  column("name_norm", c.name != before.name, V(NormalizeCompanyName(c.name)));
  column("short_name", c.short_name != before.short_name, V(c.short_name));
  column("credit_code", c.credit_code != before.credit_code, V(c.credit_code));
  column("industry", c.industry != before.industry, V(c.industry));
  column("scale", c.scale != before.scale, V(c.scale));
  column("level", c.level != before.level, V(c.level));
  column("status", c.status != before.status, V(c.status));
  column("source", c.source != before.source, V(c.source));
  column("province", c.province != before.province, V(c.province));
  column("city", c.city != before.city, V(c.city));
  column("district", c.district != before.district, V(c.district));
  column("address", c.address != before.address, V(c.address));
  column("lat", c.lat != before.lat, V(c.lat));
  column("lng", c.lng != before.lng, V(c.lng));
  column("phone", c.phone != before.phone, V(c.phone));
  column("website", c.website != before.website, V(c.website));
  column("tags", c.tags != before.tags, V(detail::JoinTags(c.tags)));
  column("custom_fields", c.custom_fields != before.custom_fields, V(c.custom_fields));
  column("last_deal_at", c.last_deal_at != before.last_deal_at, V(c.last_deal_at));
  column("next_follow_up_at", c.next_follow_up_at != before.next_follow_up_at, V(c.next_follow_up_at));
  column("updated_at", true, V(c.updated_at));
  if (Status s = conn.Defer("UPDATE customers SET " + set + " WHERE tenant_id = $1 AND id = $2", params); !s.ok())
    return s;
  // Search text, phones and the grid cell follow the name, short name, phone and position.
  const bool reindex = c.name != before.name || c.short_name != before.short_name || c.phone != before.phone ||
                       c.lat != before.lat || c.lng != before.lng;
  return reindex ? ReindexCustomer(conn, caller, c) : Status::Ok();
}

Status ReindexCustomer(storage::Connection& conn, const org::Caller& caller, const Customer& c) {
  const Id tenant_id = caller.tenant_id;
  // The spatial index cell (core/geo.h) follows the coordinates.
  const std::optional<std::int64_t> cell =
      c.lat && c.lng && geo::ValidLatLng(*c.lat, *c.lng) ? std::optional<std::int64_t>(geo::CellOf(*c.lat, *c.lng)) : std::nullopt;
  if (Status s = conn.Defer("UPDATE customers SET geo_cell = $3 WHERE tenant_id = $1 AND id = $2",
                           {V(tenant_id), V(c.id), V(cell)});
      !s.ok())
    return s;
  std::vector<std::string> fields{c.name, c.short_name};
  auto phones = PhonesOf(conn, tenant_id, c, &fields);
  if (!phones.ok()) return phones.status();
  for (const auto& p : *phones) fields.push_back(p);
  if (Status s = conn.Defer("DELETE FROM customer_phones WHERE tenant_id = $1 AND customer_id = $2",
                           {V(tenant_id), V(c.id)});
      !s.ok())
    return s;
  for (const auto& p : *phones) {
    if (Status s = conn.Defer(
            "INSERT INTO customer_phones (tenant_id, digits, customer_id) VALUES ($1, $2, $3)",
            {V(tenant_id), V(p), V(c.id)});
        !s.ok())
      return s;
  }
  const std::string text = SearchText(fields);
  if (Status s = conn.Defer("UPDATE customers SET search_text = $3 WHERE tenant_id = $1 AND id = $2",
                           {V(tenant_id), V(c.id), V(text)});
      !s.ok())
    return s;
  const SearchGrams grams = MakeSearchGrams(text);
  return storage::IndexCustomerGrams(conn, tenant_id, c.id, grams.bigrams, grams.unigrams);
}

Result<std::int64_t> RebuildStaleSearchIndex(storage::Database& db) {
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    auto v = (*lease)->Query("SELECT version FROM search_index_version");
    if (!v.ok()) return v.status();
    if (!v->empty() && v->front().Int(0) >= kSearchGramsVersion) return std::int64_t{0};
  }
  constexpr int kChunk = 5000;
  std::int64_t done = 0;
  Id after_tenant = 0, after_id = 0;
  for (bool more = true; more;) {
    Status s = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
      auto rows = conn.Query(
          "SELECT tenant_id, id, search_text FROM customers WHERE tenant_id > $1 OR (tenant_id = $1 AND id > $2) "
          "ORDER BY tenant_id, id LIMIT " + std::to_string(kChunk),
          {V(after_tenant), V(after_id)});
      if (!rows.ok()) return rows.status();
      for (const auto& row : rows->rows) {
        const SearchGrams grams = MakeSearchGrams(row.Text(2));
        if (Status w = storage::IndexCustomerGrams(conn, row.Int(0), row.Int(1), grams.bigrams, grams.unigrams);
            !w.ok())
          return w;
        after_tenant = row.Int(0);
        after_id = row.Int(1);
      }
      done += static_cast<std::int64_t>(rows->rows.size());
      more = static_cast<int>(rows->rows.size()) == kChunk;
      if (more) return Status::Ok();
      return conn.Exec("UPDATE search_index_version SET version = $1", {V(kSearchGramsVersion)});
    });
    if (!s.ok()) return s;
  }
  return done;
}

}  // namespace quanke::customers
