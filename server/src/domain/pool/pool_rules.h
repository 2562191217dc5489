#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"

namespace quanke::pool {

// One time rule of the reclaim engine (PRODUCT.md §3): a limit in days, optionally per
// customer level, and the instant it was last switched on (a rule switched on gives customers
// a fresh period: its clock never starts before `enabled_since`).
struct TimeRule {
  bool enabled = false;
  int days = 0;
  std::map<std::string, int> days_by_level;  // "A" → 7
  Instant enabled_since = 0;

  int DaysFor(const std::string& level) const {
    auto it = days_by_level.find(level);
    return it == days_by_level.end() ? days : it->second;
  }
};

// 保护期: kept until max(received + days, last follow-up + extend_days), never beyond
// received + max_days.
struct ProtectionRule {
  bool enabled = false;
  int days = 7;
  int extend_days = 7;
  int max_days = 30;
  Instant enabled_since = 0;
};

struct HoldingOverride {
  Id user_id = 0;
  int limit = 0;
};

// The rule set of a pool (one version). Defaults are PRODUCT.md's.
struct PoolRules {
  int holding_limit = 20;
  bool count_deal_customers = false;
  std::vector<HoldingOverride> holding_overrides;
  TimeRule no_follow_up{true, 15, {}, 0};
  TimeRule no_deal{true, 30, {}, 0};
  ProtectionRule protection;
  int reminder_days = 3;
  int unassigned_reminder_hours = 4;  // lead pools: a lead waiting this long is shown to the pool's admins
  int daily_claim_limit = 5;
  int cooldown_days = 30;
  int lock_limit = 5;
  int sweep_hour = 2;
  std::optional<Id> reclaim_to_pool_id;

  int HoldingLimitFor(Id user_id) const {
    for (const auto& o : holding_overrides)
      if (o.user_id == user_id) return o.limit;
    return holding_limit;
  }
};

// JSON text ⇄ rules. Parsing validates every field and reports problems as
// validation.failed with fields like "rules.noFollowUp.days". Absent fields keep defaults.
Result<PoolRules> ParsePoolRules(const std::string& json);
std::string PoolRulesToJson(const PoolRules& rules);

// Carries `enabled_since` forward from the previous version: a rule that was already on keeps
// its instant; a rule switched on now gets `effective_at`.
void StampEnabledSince(const PoolRules* previous, Instant effective_at, PoolRules& next);

}  // namespace quanke::pool
