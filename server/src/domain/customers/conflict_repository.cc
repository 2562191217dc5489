// The lookups of the conflict check (查重): customers of the tenant with the same credit code,
// normalised name or phone number, deleted ones included.
#include "domain/customers/customer_repository.h"

namespace quanke::customers {
namespace {
using storage::V;

Result<std::vector<Id>> IdColumn(storage::Connection& conn, const std::string& sql, const storage::Params& params) {
  auto r = conn.Query(sql, params);
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (const auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

}  // namespace

Result<std::vector<Id>> CustomersWithCreditCode(storage::Connection& conn, const org::Caller& caller,
                                                const std::string& credit_code) {
  return IdColumn(conn, "SELECT id FROM customers WHERE tenant_id = $1 AND credit_code = $2 LIMIT 20",
                  {V(caller.tenant_id), V(credit_code)});
}

Result<std::vector<Id>> CustomersWithNameNorm(storage::Connection& conn, const org::Caller& caller,
                                              const std::string& name_norm) {
  return IdColumn(conn, "SELECT id FROM customers WHERE tenant_id = $1 AND name_norm = $2 LIMIT 20",
                  {V(caller.tenant_id), V(name_norm)});
}

Result<std::vector<Id>> CustomersWithPhone(storage::Connection& conn, const org::Caller& caller,
                                           const std::string& digits) {
  return IdColumn(conn, "SELECT customer_id FROM customer_phones WHERE tenant_id = $1 AND digits = $2 LIMIT 20",
                  {V(caller.tenant_id), V(digits)});
}

}  // namespace quanke::customers
