// The lookups of the conflict check (查重): customers of the tenant with the same credit code,
// normalised name or phone number, deleted ones included.
#include "domain/customers/customer_repository.h"

namespace quanke::customers {

using storage::V;

Result<std::vector<std::vector<Id>>> CustomersMatching(storage::Connection& conn,
                                                       const org::Caller& caller,
                                                       const std::vector<ConflictLookup>& lookups) {
  std::vector<storage::Statement> batch;
  batch.reserve(lookups.size());
  for (const auto& l : lookups) {
    switch (l.on) {
      case ConflictLookup::On::kCreditCode:
        batch.push_back(
            {"SELECT id FROM customers WHERE tenant_id = $1 AND credit_code = $2 LIMIT 20",
             {V(caller.tenant_id), V(l.key)}});
        break;
      case ConflictLookup::On::kName:
        batch.push_back(
            {"SELECT id FROM customers WHERE tenant_id = $1 AND name_norm = $2 LIMIT 20",
             {V(caller.tenant_id), V(l.key)}});
        break;
      case ConflictLookup::On::kPhone:
        batch.push_back(
            {"SELECT customer_id FROM customer_phones WHERE tenant_id = $1 AND digits = $2 LIMIT "
             "20",
             {V(caller.tenant_id), V(l.key)}});
        break;
    }
  }
  std::vector<std::vector<Id>> out;
  out.reserve(lookups.size());
  for (auto& answer : conn.QueryBatch(batch)) {
    if (!answer.ok()) return answer.status();
    auto& ids = out.emplace_back();
    for (const auto& row : answer->rows) ids.push_back(row.Int(0));
  }
  return out;
}

}  // namespace quanke::customers
