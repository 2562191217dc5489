#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// Substring search over n-grams, the one place where the backends differ for search:
// SQLite keeps the grams in the FTS5 table `customer_search` (rowid = customer id) and matches
// a phrase of bigrams; PostgreSQL keeps them in `customers.search_grams` (text[], GIN) and
// matches array containment, confirmed by LIKE on `search_text` for adjacency.

// Replaces the indexed grams of one customer (`replace` false: a new customer, nothing to
// remove first). `bigrams` may contain "|" field boundaries.
Status IndexCustomerGrams(Connection& conn, Id tenant_id, Id customer_id,
                          const std::vector<std::string>& bigrams,
                          const std::vector<std::string>& unigrams, bool replace = true);

// Drops a customer's grams (the customer is purged for good). PostgreSQL keeps them in the
// customer's row, which goes with it: nothing to do there.
Status RemoveCustomerGrams(Connection& conn, Id customer_id);

// A condition on the customers alias `c` that holds when its search text contains `query`
// (already normalised; at least one character), with its parameters numbered from
// `first_param`. On SQLite it tests each row's text and suits narrow lists only; a wide search
// walks the text index (MatchingCustomerIds).
struct MatchCondition {
  std::string sql;
  Params params;
};
MatchCondition CustomerTextMatch(Backend backend, Id tenant_id, const std::string& query,
                                 const std::vector<std::string>& bigrams, int first_param);

// SQLite only: ids of customers whose text contains `query`, newest first (descending id),
// below `before` when given — straight from the FTS index, so a page of a common term is found
// without collecting every match.
Result<std::vector<Id>> MatchingCustomerIds(Connection& conn, const std::string& query,
                                            const std::vector<std::string>& bigrams, std::optional<Id> before,
                                            int limit);

}  // namespace quanke::storage
