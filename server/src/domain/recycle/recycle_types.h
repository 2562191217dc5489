#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/ids.h"

namespace quanke::recycle {

// How long a deleted record waits in the recycle bin: an administrator may restore it until then,
// the purge job removes it for good after (PRODUCT.md §11).
constexpr std::int64_t kKeepMs = 90LL * 24 * 3600 * 1000;

// The kinds of record the recycle bin holds: every one the API soft-deletes.
enum class Kind { kCustomer, kContact, kLead, kOpportunity, kProduct, kContract, kFollowUp, kReceipt };
inline constexpr Kind kAllKinds[] = {Kind::kCustomer, Kind::kContact,  Kind::kLead,     Kind::kOpportunity,
                                     Kind::kProduct,  Kind::kContract, Kind::kFollowUp, Kind::kReceipt};

const char* KindName(Kind kind);  // "customer", "contact", …, "follow_up", "receipt" (the API's `kind`)
bool ParseKind(std::string_view text, Kind* out);

// One deleted record as the bin lists it.
struct BinItem {
  Kind kind = Kind::kCustomer;
  Id id = 0;
  std::string title;                     // name (a product: code and name; a contract: number and name;
                                         // a follow-up: type and text; a receipt: yuan and contract number)
  std::optional<Id> customer_id;         // the customer a contact, opportunity, contract, follow-up or
                                         // receipt (through its contract) belongs to
  std::string customer_name;             // "" when none
  Instant deleted_at = 0;
  std::optional<Id> deleted_by;
  std::string deleted_by_name;           // "" when unknown
  Instant PurgeAt() const { return deleted_at + kKeepMs; }
};

struct BinFilter {
  std::optional<Kind> kind;
  std::string q;  // part of the title
};

// What a restore did: a customer goes back to its owner or to a pool.
struct Restored {
  BinItem item;
  std::optional<Id> owner_id;
  std::optional<Id> pool_id;
};

}  // namespace quanke::recycle
