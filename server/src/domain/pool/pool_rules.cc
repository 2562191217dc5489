#include "domain/pool/pool_rules.h"

#include <boost/json.hpp>

namespace quanke::pool {
namespace json = boost::json;
namespace {

constexpr int kMaxDays = 3650;

class Reader {
 public:
  explicit Reader(std::vector<FieldIssue>& issues) : issues_(issues) {}

  void Int(const json::object& o, const char* key, const std::string& path, int lo, int hi, int& out) {
    const auto* v = o.if_contains(key);
    if (!v) return;
    if (!v->is_int64()) return Issue(path + key, "wrong_type");
    const auto n = v->get_int64();
    if (n < lo || n > hi) return Issue(path + key, "invalid_value");
    out = static_cast<int>(n);
  }
  void Bool(const json::object& o, const char* key, const std::string& path, bool& out) {
    const auto* v = o.if_contains(key);
    if (!v) return;
    if (!v->is_bool()) return Issue(path + key, "wrong_type");
    out = v->get_bool();
  }
  void Since(const json::object& o, Instant& out) {
    if (const auto* v = o.if_contains("enabledSince"); v && v->is_int64()) out = v->get_int64();
  }
  const json::object* Object(const json::object& o, const char* key, const std::string& path) {
    const auto* v = o.if_contains(key);
    if (!v) return nullptr;
    if (!v->is_object()) {
      Issue(path + key, "wrong_type");
      return nullptr;
    }
    return &v->get_object();
  }
  void Issue(std::string field, const char* issue) { issues_.push_back({std::move(field), issue}); }

 private:
  std::vector<FieldIssue>& issues_;
};

void ReadTimeRule(Reader& r, const json::object& root, const char* key, TimeRule& rule) {
  const std::string path = std::string("rules.") + key + ".";
  const json::object* o = r.Object(root, key, "rules.");
  if (!o) return;
  r.Bool(*o, "enabled", path, rule.enabled);
  r.Int(*o, "days", path, 1, kMaxDays, rule.days);
  r.Since(*o, rule.enabled_since);
  if (const json::object* levels = r.Object(*o, "daysByLevel", path)) {
    rule.days_by_level.clear();
    for (const auto& [level, days] : *levels) {
      const std::string l(level);
      if (l != "A" && l != "B" && l != "C" && l != "D") {
        r.Issue(path + "daysByLevel", "invalid_value");
        continue;
      }
      if (!days.is_int64() || days.get_int64() < 1 || days.get_int64() > kMaxDays) {
        r.Issue(path + "daysByLevel." + l, "invalid_value");
        continue;
      }
      rule.days_by_level[l] = static_cast<int>(days.get_int64());
    }
  }
}

json::object TimeRuleJson(const TimeRule& rule) {
  json::object levels;
  for (const auto& [l, d] : rule.days_by_level) levels[l] = d;
  return {{"enabled", rule.enabled}, {"days", rule.days}, {"daysByLevel", std::move(levels)},
          {"enabledSince", rule.enabled_since}};
}

}  // namespace

Result<PoolRules> ParsePoolRules(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) return Status::Error("validation.malformed_json", "rules are not valid JSON");
  if (!v.is_object()) return Status::Validation({{"rules", "wrong_type"}});
  const json::object& o = v.get_object();
  PoolRules rules;
  std::vector<FieldIssue> issues;
  Reader r(issues);
  r.Int(o, "holdingLimit", "rules.", 1, 100000, rules.holding_limit);
  r.Bool(o, "countDealCustomers", "rules.", rules.count_deal_customers);
  if (const auto* ov = o.if_contains("holdingLimitOverrides")) {
    if (!ov->is_array()) {
      r.Issue("rules.holdingLimitOverrides", "wrong_type");
    } else {
      for (const auto& item : ov->get_array()) {
        const auto* io = item.if_object();
        const auto* uid = io ? io->if_contains("userId") : nullptr;
        const auto* lim = io ? io->if_contains("limit") : nullptr;
        std::optional<Id> id;
        if (uid && uid->is_string()) id = ParseId(std::string(uid->get_string()));
        if (!id || !lim || !lim->is_int64() || lim->get_int64() < 0 || lim->get_int64() > 100000) {
          r.Issue("rules.holdingLimitOverrides", "invalid_value");
          break;
        }
        rules.holding_overrides.push_back({*id, static_cast<int>(lim->get_int64())});
      }
    }
  }
  ReadTimeRule(r, o, "noFollowUp", rules.no_follow_up);
  ReadTimeRule(r, o, "noDeal", rules.no_deal);
  if (const json::object* p = r.Object(o, "protection", "rules.")) {
    r.Bool(*p, "enabled", "rules.protection.", rules.protection.enabled);
    r.Int(*p, "days", "rules.protection.", 1, kMaxDays, rules.protection.days);
    r.Int(*p, "extendDays", "rules.protection.", 0, kMaxDays, rules.protection.extend_days);
    r.Int(*p, "maxDays", "rules.protection.", 1, kMaxDays, rules.protection.max_days);
    r.Since(*p, rules.protection.enabled_since);
    if (rules.protection.max_days < rules.protection.days)
      r.Issue("rules.protection.maxDays", "invalid_value");
  }
  r.Int(o, "reminderDays", "rules.", 0, 365, rules.reminder_days);
  r.Int(o, "unassignedReminderHours", "rules.", 0, 720, rules.unassigned_reminder_hours);
  r.Int(o, "dailyClaimLimit", "rules.", 0, 100000, rules.daily_claim_limit);
  r.Int(o, "cooldownDays", "rules.", 0, kMaxDays, rules.cooldown_days);
  r.Int(o, "lockLimit", "rules.", 0, 100000, rules.lock_limit);
  r.Int(o, "sweepHour", "rules.", 0, 23, rules.sweep_hour);
  if (const auto* to = o.if_contains("reclaimToPoolId"); to && !to->is_null()) {
    std::optional<Id> id;
    if (to->is_string()) id = ParseId(std::string(to->get_string()));
    if (!id) r.Issue("rules.reclaimToPoolId", "invalid_value");
    rules.reclaim_to_pool_id = id;
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return rules;
}

std::string PoolRulesToJson(const PoolRules& rules) {
  json::array overrides;
  for (const auto& o : rules.holding_overrides)
    overrides.push_back(json::object{{"userId", IdToString(o.user_id)}, {"limit", o.limit}});
  json::object out{
      {"holdingLimit", rules.holding_limit},
      {"countDealCustomers", rules.count_deal_customers},
      {"holdingLimitOverrides", std::move(overrides)},
      {"noFollowUp", TimeRuleJson(rules.no_follow_up)},
      {"noDeal", TimeRuleJson(rules.no_deal)},
      {"protection", json::object{{"enabled", rules.protection.enabled},
                                  {"days", rules.protection.days},
                                  {"extendDays", rules.protection.extend_days},
                                  {"maxDays", rules.protection.max_days},
                                  {"enabledSince", rules.protection.enabled_since}}},
      {"reminderDays", rules.reminder_days},
      {"unassignedReminderHours", rules.unassigned_reminder_hours},
      {"dailyClaimLimit", rules.daily_claim_limit},
      {"cooldownDays", rules.cooldown_days},
      {"lockLimit", rules.lock_limit},
      {"sweepHour", rules.sweep_hour}};
  out["reclaimToPoolId"] = rules.reclaim_to_pool_id ? json::value(IdToString(*rules.reclaim_to_pool_id))
                                                     : json::value(nullptr);
  return json::serialize(out);
}

void StampEnabledSince(const PoolRules* previous, Instant effective_at, PoolRules& next) {
  auto stamp = [&](bool was_on, Instant was_since, bool now_on, Instant& since) {
    since = now_on ? (was_on ? was_since : effective_at) : 0;
  };
  stamp(previous && previous->no_follow_up.enabled, previous ? previous->no_follow_up.enabled_since : 0,
        next.no_follow_up.enabled, next.no_follow_up.enabled_since);
  stamp(previous && previous->no_deal.enabled, previous ? previous->no_deal.enabled_since : 0,
        next.no_deal.enabled, next.no_deal.enabled_since);
  stamp(previous && previous->protection.enabled, previous ? previous->protection.enabled_since : 0,
        next.protection.enabled, next.protection.enabled_since);
}

}  // namespace quanke::pool
