// Contacts (联系人) of a customer: listing, reading, writing and deleting them.
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_repository_internal.h"

namespace quanke::customers {
namespace {
using storage::V;

constexpr const char* kContactColumns =
    "SELECT id, customer_id, name, title, mobile, phone, email, wechat, birthday, is_primary, "
    "notes, created_at, updated_at FROM contacts ";

Contact ReadContact(const storage::Row& r) {
  Contact c;
  c.id = r.Int(0);
  c.customer_id = r.Int(1);
  c.name = r.Text(2);
  c.title = r.Text(3);
  c.mobile = r.OptText(4);
  c.phone = r.OptText(5);
  c.email = r.OptText(6);
  c.wechat = r.OptText(7);
  c.birthday = r.OptText(8);
  c.is_primary = r.Bool(9);
  c.notes = r.Text(10);
  c.created_at = r.Int(11);
  c.updated_at = r.Int(12);
  return c;
}
}  // namespace

namespace detail {

storage::Statement ContactsStatement(Id tenant_id, Id customer_id) {
  return {std::string(kContactColumns) +
              "WHERE tenant_id = $1 AND customer_id = $2 AND deleted_at IS NULL ORDER BY "
              "is_primary DESC, created_at, id",
          {V(tenant_id), V(customer_id)}};
}

std::vector<Contact> ReadContacts(const storage::Rows& rows) {
  std::vector<Contact> out;
  out.reserve(rows.rows.size());
  for (const auto& row : rows.rows) out.push_back(ReadContact(row));
  return out;
}

}  // namespace detail

Result<std::vector<Contact>> ListContacts(storage::Connection& conn, const org::Caller& caller,
                                          Id customer_id) {
  const storage::Statement st = detail::ContactsStatement(caller.tenant_id, customer_id);
  auto r = conn.Query(st.sql, st.params);
  if (!r.ok()) return r.status();
  return detail::ReadContacts(*r);
}

Result<Contact> GetContact(storage::Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(
      std::string(kContactColumns) + "WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadContact(r->front());
}

namespace detail {
Status InsertContactRow(storage::Connection& conn, Id tenant_id, const Contact& c) {
  return conn.Defer(
      "INSERT INTO contacts (tenant_id, id, customer_id, name, title, mobile, phone, email, wechat, birthday, "
      "is_primary, notes, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
      "$12, $13, $14, $15)",
      {V(tenant_id), V(c.id), V(c.customer_id), V(c.name), V(c.title), V(c.mobile), V(c.phone),
       V(c.email), V(c.wechat), V(c.birthday), V(c.is_primary), V(c.notes), V(c.created_by), V(c.created_at),
       V(c.updated_at)});
}
}  // namespace detail

Status InsertContact(storage::Connection& conn, const org::Caller& caller, const Contact& c) {
  return detail::InsertContactRow(conn, caller.tenant_id, c);
}

Status UpdateContact(storage::Connection& conn, const org::Caller& caller, const Contact& c) {
  return conn.Exec(
      "UPDATE contacts SET name = $3, title = $4, mobile = $5, phone = $6, email = $7, wechat = "
      "$8, "
      "birthday = $9, is_primary = $10, notes = $11, updated_at = $12 WHERE tenant_id = $1 AND id "
      "= $2",
      {V(caller.tenant_id), V(c.id), V(c.name), V(c.title), V(c.mobile), V(c.phone), V(c.email),
       V(c.wechat), V(c.birthday), V(c.is_primary), V(c.notes), V(c.updated_at)});
}

Status DeleteContact(storage::Connection& conn, const org::Caller& caller, Id id, Instant at) {
  return conn.Exec(
      "UPDATE contacts SET deleted_at = $3, deleted_by = $4, updated_at = $3 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(id), V(at), V(caller.user_id)});
}

}  // namespace quanke::customers
