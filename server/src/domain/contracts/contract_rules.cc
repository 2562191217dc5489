#include "domain/contracts/contract_rules.h"

#include <cstdio>

#include "domain/deals/deal_rules.h"

namespace quanke::contracts {

std::string PeriodOf(const std::string& reset, LocalDate day) {
  const std::string d = FormatDate(day);  // 2026-12-06
  if (reset == "yearly") return d.substr(0, 4);
  if (reset == "monthly") return d.substr(0, 4) + d.substr(5, 2);
  if (reset == "daily") return d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2);
  return "";
}

std::string FormatNumber(const Settings& s, LocalDate day, std::int64_t seq) {
  const std::string d = FormatDate(day);
  std::string date;
  if (s.number_date == "YYYYMMDD") date = d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2);
  else if (s.number_date == "YYYYMM") date = d.substr(0, 4) + d.substr(5, 2);
  else if (s.number_date == "YYYY") date = d.substr(0, 4);
  std::string digits = std::to_string(seq);
  if (static_cast<std::int64_t>(digits.size()) < s.number_digits)
    digits.insert(0, static_cast<size_t>(s.number_digits) - digits.size(), '0');
  return s.number_prefix + date + digits;
}

std::int64_t DiscountBp(std::int64_t list_total_fen, std::int64_t total_fen) {
  if (list_total_fen <= 0 || list_total_fen <= total_fen) return 0;
  // (list − total) × 10000 fits: totals are bounded by 10^15 fen (deal_rules' kMaxFen).
  return (list_total_fen - total_fen) * 10000 / list_total_fen;
}

std::string FormatYuan(std::int64_t fen) {
  const bool negative = fen < 0;
  // Through unsigned so that the most negative value has a magnitude too.
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", static_cast<unsigned long long>(magnitude / 100),
                static_cast<unsigned long long>(magnitude % 100));
  return buf;
}

std::int64_t OverdueDays(LocalDate due, LocalDate today) { return today > due ? today - due : 0; }

const char* BucketOf(LocalDate due, LocalDate today) {
  const std::int64_t days = OverdueDays(due, today);
  if (days == 0) return "not_due";
  if (days <= 30) return "d1_30";
  if (days <= 90) return "d31_90";
  return "d90_plus";
}

std::pair<std::optional<LocalDate>, std::optional<LocalDate>> BucketRange(const std::string& bucket, LocalDate today) {
  if (bucket == "not_due") return {today, std::nullopt};
  if (bucket == "d1_30") return {today - 30, today - 1};
  if (bucket == "d31_90") return {today - 90, today - 31};
  if (bucket == "d90_plus") return {std::nullopt, today - 91};
  return {std::nullopt, std::nullopt};
}

bool IsBucket(const std::string& b) { return b == "not_due" || b == "d1_30" || b == "d31_90" || b == "d90_plus"; }

std::vector<std::pair<Id, std::int64_t>> Spread(const std::vector<std::pair<Id, std::int64_t>>& owed,
                                                std::int64_t amount) {
  std::vector<std::pair<Id, std::int64_t>> out;
  for (const auto& [id, left] : owed) {
    if (amount <= 0) break;
    if (left <= 0) continue;
    const std::int64_t take = std::min(left, amount);
    out.emplace_back(id, take);
    amount -= take;
  }
  return out;
}

std::vector<FieldIssue> CheckLines(const std::vector<ContractItem>& items, std::int64_t* total,
                                   std::int64_t* list_total) {
  // Quantity, unit price and discount are checked as opportunity lines are.
  std::vector<deals::Item> lines;
  for (const auto& it : items) lines.push_back({it.product_id, it.name, it.quantity, it.unit_price_fen, it.discount_fen});
  std::vector<FieldIssue> issues = deals::CheckItems(lines, total);
  std::int64_t list = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    std::int64_t line = 0;
    if (items[i].list_price_fen < 0 || __builtin_mul_overflow(items[i].quantity, items[i].list_price_fen, &line) ||
        line > 1'000'000'000'000'000LL) {
      issues.push_back({"items[" + std::to_string(i) + "].listPriceFen", "invalid_value"});
      continue;
    }
    list += line;
  }
  if (list_total) *list_total = list;
  return issues;
}

std::vector<FieldIssue> CheckSettings(const Settings& s) {
  std::vector<FieldIssue> issues;
  if (s.number_prefix.size() > 16) issues.push_back({"numberPrefix", "too_long"});
  if (s.number_date != "YYYYMMDD" && s.number_date != "YYYYMM" && s.number_date != "YYYY" && !s.number_date.empty())
    issues.push_back({"numberDate", "invalid_value"});
  if (s.number_digits < 3 || s.number_digits > 8) issues.push_back({"numberDigits", "invalid_value"});
  if (s.number_reset != "daily" && s.number_reset != "monthly" && s.number_reset != "yearly" &&
      s.number_reset != "never")
    issues.push_back({"numberReset", "invalid_value"});
  if (s.end_remind_days < 0 || s.end_remind_days > 365) issues.push_back({"endRemindDays", "invalid_value"});
  if (s.due_remind_days < 0 || s.due_remind_days > 365) issues.push_back({"dueRemindDays", "invalid_value"});
  if (s.discount_approval_bp < 0 || s.discount_approval_bp > 10000)
    issues.push_back({"discountApprovalBp", "invalid_value"});
  return issues;
}

}  // namespace quanke::contracts
