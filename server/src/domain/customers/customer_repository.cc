// One customer's row and what reads it: the columns and joins of a customer, one or several
// customers, the cards of a list of places; the soft delete, the ownership columns and the counts
// of the pool rules; the pool ids a whole-company caller may browse; a customer's owner or name
// alone, and how many customers a user created (work logs).
#include "domain/customers/customer_repository.h"

#include "core/text_list.h"
#include "domain/customers/customer_repository_internal.h"

namespace quanke::customers {
namespace {
using storage::V;

constexpr std::string_view kCustomerColumns =
    "SELECT c.id, c.name, c.short_name, c.credit_code, c.industry, c.scale, c.level, c.status, "
    "c.source, c.province, c.city, c.district, c.address, c.lat, c.lng, c.phone, c.website, "
    "c.tags, c.custom_fields, c.owner_id, c.pool_id, c.home_pool_id, c.locked, c.clock_start_at, "
    "c.claimed_at, c.released_at, c.previous_owner_id, c.times_reclaimed, c.reminded_for, "
    "c.last_follow_up_at, c.last_deal_at, c.next_follow_up_at, c.created_by, c.created_at, "
    "c.updated_at, c.deleted_at, ou.name, ";
constexpr std::string_view kOwnerJoin =
    "FROM customers c LEFT JOIN users ou ON ou.tenant_id = c.tenant_id AND ou.id = c.owner_id ";

Result<Customer> GetOne(storage::Connection& conn, Id tenant_id, Id id, bool include_deleted,
                        bool all_names) {
  auto r = conn.Query(detail::ColumnsSql(all_names) + "WHERE c.tenant_id = $1 AND c.id = $2" +
                          (include_deleted ? "" : " AND c.deleted_at IS NULL"),
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return detail::ReadCustomer(r->rows.front());
}

}  // namespace

namespace detail {

const std::string& ColumnsSql(bool all_names) {
  static const std::string all =
      std::string(kCustomerColumns) + "od.name, p.name, hp.name, pu.name " +
      std::string(kOwnerJoin) +
      "LEFT JOIN departments od ON od.tenant_id = c.tenant_id AND od.id = ou.department_id "
      "LEFT JOIN pools p ON p.tenant_id = c.tenant_id AND p.id = c.pool_id "
      "LEFT JOIN pools hp ON hp.tenant_id = c.tenant_id AND hp.id = c.home_pool_id "
      "LEFT JOIN users pu ON pu.tenant_id = c.tenant_id AND pu.id = c.previous_owner_id ";
  static const std::string owner_name_only =
      std::string(kCustomerColumns) + "'', '', '', '' " + std::string(kOwnerJoin);
  return all_names ? all : owner_name_only;
}

std::string JoinTags(const std::vector<std::string>& tags) {
  return tags.empty() ? "" : "," + JoinList(tags) + ",";
}

Customer ReadCustomer(storage::Row& r) {
  Customer c;
  size_t i = 0;
  c.id = r.Int(i++);
  c.name = r.TakeText(i++);
  c.short_name = r.TakeText(i++);
  c.credit_code = r.TakeOptText(i++);
  c.industry = r.TakeText(i++);
  c.scale = r.TakeText(i++);
  c.level = r.TakeText(i++);
  c.status = r.TakeText(i++);
  c.source = r.TakeText(i++);
  c.province = r.TakeText(i++);
  c.city = r.TakeText(i++);
  c.district = r.TakeText(i++);
  c.address = r.TakeText(i++);
  c.lat = r.OptReal(i++);
  c.lng = r.OptReal(i++);
  c.phone = r.TakeOptText(i++);
  c.website = r.TakeText(i++);
  c.tags = SplitList(r.TakeText(i++));
  c.custom_fields = r.TakeText(i++);
  c.owner_id = r.OptInt(i++);
  c.pool_id = r.OptInt(i++);
  c.home_pool_id = r.OptInt(i++);
  c.locked = r.Bool(i++);
  c.clock_start_at = r.OptInt(i++);
  c.claimed_at = r.OptInt(i++);
  c.released_at = r.OptInt(i++);
  c.previous_owner_id = r.OptInt(i++);
  c.times_reclaimed = r.Int(i++);
  c.reminded_for = r.OptInt(i++);
  c.last_follow_up_at = r.OptInt(i++);
  c.last_deal_at = r.OptInt(i++);
  c.next_follow_up_at = r.OptInt(i++);
  c.created_by = r.OptInt(i++);
  c.created_at = r.Int(i++);
  c.updated_at = r.Int(i++);
  c.deleted_at = r.OptInt(i++);
  c.owner_name = r.TakeText(i++);
  c.owner_department = r.TakeText(i++);
  c.pool_name = r.TakeText(i++);
  c.home_pool_name = r.TakeText(i++);
  c.previous_owner_name = r.TakeText(i++);
  return c;
}

}  // namespace detail

Result<Customer> GetCustomer(storage::Connection& conn, Id tenant_id, Id id, bool include_deleted) {
  return GetOne(conn, tenant_id, id, include_deleted, true);
}

Result<Customer> GetCustomerWithOwnerName(storage::Connection& conn, const org::Caller& caller,
                                          Id id) {
  return GetOne(conn, caller.tenant_id, id, false, false);
}

Result<CustomerDetailRows> GetCustomerDetailRows(storage::Connection& conn,
                                                 const org::Caller& caller, Id id) {
  auto answers = conn.QueryBatch(
      {{detail::ColumnsSql() + "WHERE c.tenant_id = $1 AND c.id = $2 AND c.deleted_at IS NULL",
        {V(caller.tenant_id), V(id)}},
       detail::ContactsStatement(caller.tenant_id, id),
       detail::TeamStatement(caller.tenant_id, id)});
  for (const auto& a : answers)
    if (!a.ok()) return a.status();
  if (answers[0]->empty()) return Status::NotFound();
  CustomerDetailRows out;
  out.customer = detail::ReadCustomer(answers[0]->rows.front());
  out.contacts = detail::ReadContacts(*answers[1]);
  out.team = detail::ReadTeam(*answers[2]);
  return out;
}

Result<std::vector<Customer>> GetCustomers(storage::Connection& conn, Id tenant_id,
                                           const std::vector<Id>& ids) {
  std::vector<Customer> out;
  if (ids.empty()) return out;
  storage::Params params{V(tenant_id)};
  const std::string in = storage::AppendIds(params, ids);
  auto r =
      conn.Query(detail::ColumnsSql() +
                     "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL AND c.id IN (" + in + ")",
                 params);
  if (!r.ok()) return r.status();
  for (auto& row : r->rows) out.push_back(detail::ReadCustomer(row));
  return out;
}

Result<std::vector<CustomerCard>> GetCustomerCards(storage::Connection& conn,
                                                   const org::Caller& caller,
                                                   const std::vector<Id>& ids) {
  std::vector<CustomerCard> out;
  if (ids.empty()) return out;
  storage::Params params{V(caller.tenant_id)};
  const std::string in = storage::AppendIds(params, ids);
  auto r = conn.Query(
      "SELECT c.id, c.name, c.short_name, c.industry, c.level, c.status, c.city, c.district, "
      "c.address, c.lat, "
      "c.lng, c.phone, c.locked, c.owner_id, c.pool_id, c.last_follow_up_at, c.next_follow_up_at, "
      "ou.name, od.name, "
      "p.name FROM customers c "
      "LEFT JOIN users ou ON ou.tenant_id = c.tenant_id AND ou.id = c.owner_id "
      "LEFT JOIN departments od ON od.tenant_id = c.tenant_id AND od.id = ou.department_id "
      "LEFT JOIN pools p ON p.tenant_id = c.tenant_id AND p.id = c.pool_id "
      "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL AND c.id IN (" +
          in + ")",
      params);
  if (!r.ok()) return r.status();
  out.reserve(r->rows.size());
  for (auto& row : r->rows) {
    CustomerCard c;
    size_t i = 0;
    c.id = row.Int(i++);
    c.name = row.TakeText(i++);
    c.short_name = row.TakeText(i++);
    c.industry = row.TakeText(i++);
    c.level = row.TakeText(i++);
    c.status = row.TakeText(i++);
    c.city = row.TakeText(i++);
    c.district = row.TakeText(i++);
    c.address = row.TakeText(i++);
    c.lat = row.OptReal(i++);
    c.lng = row.OptReal(i++);
    c.phone = row.TakeOptText(i++);
    c.locked = row.Bool(i++);
    c.owner_id = row.OptInt(i++);
    c.pool_id = row.OptInt(i++);
    c.last_follow_up_at = row.OptInt(i++);
    c.next_follow_up_at = row.OptInt(i++);
    c.owner_name = row.TakeText(i++);
    c.owner_department = row.TakeText(i++);
    c.pool_name = row.TakeText(i++);
    out.push_back(std::move(c));
  }
  return out;
}

Status SoftDeleteCustomer(storage::Connection& conn, const org::Caller& caller, Id id, Instant at) {
  return conn.Exec(
      "UPDATE customers SET deleted_at = $3, deleted_by = $4, updated_at = $3 WHERE tenant_id = $1 "
      "AND id = $2",
      {V(caller.tenant_id), V(id), V(at), V(caller.user_id)});
}

Status UpdateOwnership(storage::Connection& conn, Id tenant_id, const Customer& c) {
  return conn.Exec(
      "UPDATE customers SET owner_id = $3, pool_id = $4, home_pool_id = $5, locked = $6, "
      "clock_start_at = $7, claimed_at = $8, released_at = $9, previous_owner_id = $10, "
      "times_reclaimed = $11, reminded_for = $12, updated_at = $13 WHERE tenant_id = $1 AND id = "
      "$2",
      {V(tenant_id), V(c.id), V(c.owner_id), V(c.pool_id), V(c.home_pool_id), V(c.locked),
       V(c.clock_start_at), V(c.claimed_at), V(c.released_at), V(c.previous_owner_id),
       V(c.times_reclaimed), V(c.reminded_for), V(c.updated_at)});
}

Result<std::int64_t> CountHeld(storage::Connection& conn, Id tenant_id, Id user_id,
                               bool count_deals) {
  auto r = conn.Query(
      std::string("SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND owner_id = $2 "
                  "AND deleted_at IS NULL") +
          (count_deals ? "" : " AND status <> 'deal'"),
      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::int64_t> CountLocked(storage::Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND owner_id = $2 AND locked = 1 AND "
      "deleted_at IS NULL",
      {V(tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<OwnerNow> CustomerOwnerNow(storage::Connection& conn, const org::Caller& caller,
                                  Id customer_id) {
  auto r = conn.Query(
      "SELECT owner_id FROM customers WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
      {V(caller.tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return OwnerNow{};
  return OwnerNow{true, r->front().OptInt(0)};
}

std::string CustomerName(storage::Connection& conn, const org::Caller& caller, Id customer_id) {
  auto r = conn.Query("SELECT name FROM customers WHERE tenant_id = $1 AND id = $2",
                      {V(caller.tenant_id), V(customer_id)});
  return r.ok() && !r->empty() ? r->front().Text(0) : std::string();
}

Result<std::int64_t> CountCustomersCreated(storage::Connection& conn, const org::Caller& caller,
                                           Instant from, Instant to) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND created_by = $2 AND created_at >= "
      "$3 AND created_at < $4",
      {V(caller.tenant_id), V(caller.user_id), V(from), V(to)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

}  // namespace quanke::customers
