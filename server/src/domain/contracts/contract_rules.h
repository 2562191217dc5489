#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "core/time_zone.h"
#include "domain/contracts/contract_types.h"

// The pure rules of contracts and money (docs/api-contracts.md): numbers, discounts, ageing
// buckets, spreading a receipt over instalments. No database, no clock: unit-tested.
namespace quanke::contracts {

// The sequence period of `day` under a reset rule: "" (never), "2026" (yearly), "202612"
// (monthly), "20261206" (daily).
std::string PeriodOf(const std::string& reset, LocalDate day);
// prefix + the day in `number_date` + the sequence zero-padded to `number_digits` (wider when it
// outgrows them): "HT202612060001".
std::string FormatNumber(const Settings& s, LocalDate day, std::int64_t seq);
// floor((list_total − total) × 10000 / list_total); 0 when list_total is 0 or ≤ total.
std::int64_t DiscountBp(std::int64_t list_total_fen, std::int64_t total_fen);
// Fen as a yuan text with two decimals, by integer arithmetic: 123450 → "1234.50", -5 → "-0.05".
std::string FormatYuan(std::int64_t fen);
// Days past the due date on `today` (0 when not yet due).
std::int64_t OverdueDays(LocalDate due, LocalDate today);
// not_due, d1_30, d31_90, d90_plus.
const char* BucketOf(LocalDate due, LocalDate today);
// The due-date range of a bucket on `today` as inclusive dates (nullopt = unbounded).
std::pair<std::optional<LocalDate>, std::optional<LocalDate>> BucketRange(const std::string& bucket, LocalDate today);
bool IsBucket(const std::string& bucket);

// Spreads `amount` over the open instalments in the order given (by due date), each up to what
// it still owes; answers {instalment id, amount} for those that take some. What no instalment
// takes stays unallocated.
std::vector<std::pair<Id, std::int64_t>> Spread(const std::vector<std::pair<Id, std::int64_t>>& owed,
                                                std::int64_t amount);

// Checks the lines (quantity ≥ 1, prices ≥ 0, 0 ≤ discount ≤ quantity × unit price, no overflow):
// issues named items[i].field; `total` and `list_total` are their sums.
std::vector<FieldIssue> CheckLines(const std::vector<ContractItem>& items, std::int64_t* total, std::int64_t* list_total);

// Settings as PUT gives them, checked: validation issues named as the API names them.
std::vector<FieldIssue> CheckSettings(const Settings& s);

}  // namespace quanke::contracts
