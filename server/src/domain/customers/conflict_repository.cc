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
  // The same lookups over leads (not converted ones: their customer is the record), in the same
  // round trip.
  for (const auto& l : lookups) {
    switch (l.on) {
      case ConflictLookup::On::kCreditCode:
        batch.push_back({"SELECT id FROM leads WHERE tenant_id = $1 AND credit_code = $2 AND status <> "
                         "'converted' LIMIT 20",
                         {V(caller.tenant_id), V(l.key)}});
        break;
      case ConflictLookup::On::kName:
        batch.push_back({"SELECT id FROM leads WHERE tenant_id = $1 AND company_norm = $2 AND status <> "
                         "'converted' LIMIT 20",
                         {V(caller.tenant_id), V(l.key)}});
        break;
      case ConflictLookup::On::kPhone:
        batch.push_back({"SELECT l.id FROM lead_phones ph JOIN leads l ON l.tenant_id = ph.tenant_id AND "
                         "l.id = ph.lead_id WHERE ph.tenant_id = $1 AND ph.digits = $2 AND l.status <> "
                         "'converted' LIMIT 20",
                         {V(caller.tenant_id), V(l.key)}});
        break;
    }
  }
  std::vector<std::vector<Id>> out;
  out.reserve(2 * lookups.size());
  for (auto& answer : conn.QueryBatch(batch)) {
    if (!answer.ok()) return answer.status();
    auto& ids = out.emplace_back();
    for (const auto& row : answer->rows) ids.push_back(row.Int(0));
  }
  return out;
}

Result<std::vector<LeadHit>> LeadHits(storage::Connection& conn, const org::Caller& caller, const std::vector<Id>& ids) {
  std::vector<LeadHit> out;
  if (ids.empty()) return out;
  storage::Params p{V(caller.tenant_id)};
  const std::string in = storage::AppendIds(p, ids);
  auto r = conn.Query(
      "SELECT l.id, CASE WHEN l.name = '' THEN l.company ELSE l.name END, l.owner_id, l.pool_id, "
      "l.deleted_at, l.customer_id, COALESCE(p.name, ''), COALESCE(d.name, '') FROM leads l LEFT JOIN "
      "pools p ON p.tenant_id = l.tenant_id AND p.id = l.pool_id LEFT JOIN users u ON u.tenant_id = "
      "l.tenant_id AND u.id = l.owner_id LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = "
      "u.department_id WHERE l.tenant_id = $1 AND l.id IN (" + in + ")",
      p);
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows)
    out.push_back({row.Int(0), row.Text(1), row.OptInt(2), row.OptInt(3), !row.IsNull(4), row.OptInt(5), row.Text(6),
                   row.Text(7)});
  return out;
}

}  // namespace quanke::customers
