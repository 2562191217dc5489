#include "domain/leads/push.h"

#include <algorithm>
#include <set>

#include "domain/leads/lead_repository.h"

namespace quanke::leads {
namespace {

template <typename T>
bool AnyOf(const std::vector<T>& allowed, const T& value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace

bool Matches(const PushMatch& m, const Lead& lead) {
  if (!AnyOf(m.provinces, lead.province) || !AnyOf(m.cities, lead.city) ||
      !AnyOf(m.industries, lead.industry) || !AnyOf(m.campaigns, lead.campaign))
    return false;
  if (!m.source_ids.empty() && (!lead.source_id || !AnyOf(m.source_ids, *lead.source_id))) return false;
  return true;
}

Result<Pusher> Pusher::Load(storage::Connection& conn, Id tenant_id, Id pool_id, Instant now, const TimeZone& zone) {
  // Serialises pushes into this pool (PostgreSQL; SQLite writers are serial already).
  if (Status s = conn.LockKey(pool_id); !s.ok()) return s;
  Pusher p(conn, tenant_id, zone.StartOf(zone.DateOf(now)));
  auto rules = ListPushRules(conn, tenant_id, pool_id);
  if (!rules.ok()) return rules.status();
  for (auto& r : *rules)
    if (r.enabled) p.rules_.push_back(std::move(r));
  return p;
}

// Reads only what the rules need: today's pushes when a member has a daily cap, open leads held
// when a rule balances load (each a scan that grows with the pool's history).
Status Pusher::LoadCounts() {
  if (counts_loaded_) return Status::Ok();
  std::set<Id> capped, balanced;
  for (const auto& r : rules_)
    for (const auto& m : r.members) {
      if (m.daily_cap) capped.insert(m.user_id);
      if (r.strategy == "least_loaded") balanced.insert(m.user_id);
    }
  auto pushed = PushedSince(*conn_, tenant_id_, std::vector<Id>(capped.begin(), capped.end()), day_start_);
  if (!pushed.ok()) return pushed.status();
  pushed_today_ = std::move(*pushed);
  auto held = OpenHeld(*conn_, tenant_id_, std::vector<Id>(balanced.begin(), balanced.end()));
  if (!held.ok()) return held.status();
  open_held_ = std::move(*held);
  counts_loaded_ = true;
  return Status::Ok();
}

Result<std::optional<Pusher::Pick>> Pusher::Choose(const Lead& lead) {
  for (auto& rule : rules_) {
    if (!Matches(rule.match, lead)) continue;
    if (rule.strategy == "user") {
      if (!rule.user_id) return std::optional<Pick>();
      ++pushed_today_[*rule.user_id];
      ++open_held_[*rule.user_id];
      return std::optional<Pick>(Pick{*rule.user_id, rule.id});
    }
    if (Status s = LoadCounts(); !s.ok()) return s;
    auto available = [&](const PushMember& m) {
      return !m.paused && (!m.daily_cap || pushed_today_[m.user_id] < *m.daily_cap);
    };
    const PushMember* chosen = nullptr;
    if (rule.strategy == "least_loaded") {
      for (const auto& m : rule.members)
        if (available(m) && (!chosen || open_held_[m.user_id] < open_held_[chosen->user_id])) chosen = &m;
    } else {  // round_robin: members are in join order
      for (const auto& m : rule.members)
        if (m.order > rule.next_order && available(m)) {
          chosen = &m;
          break;
        }
      if (!chosen)
        for (const auto& m : rule.members)
          if (m.order <= rule.next_order && available(m)) {
            chosen = &m;
            break;
          }
      if (chosen) {
        rule.next_order = chosen->order;
        moved_[rule.id] = chosen->order;
      }
    }
    if (!chosen) return std::optional<Pick>();  // first match wins: nobody free, it stays in the pool
    ++pushed_today_[chosen->user_id];
    ++open_held_[chosen->user_id];
    return std::optional<Pick>(Pick{chosen->user_id, rule.id});
  }
  return std::optional<Pick>();
}

Status Pusher::Save() {
  for (const auto& [rule, next] : moved_)
    if (Status s = SaveRoundRobin(*conn_, tenant_id_, rule, next); !s.ok()) return s;
  moved_.clear();
  return Status::Ok();
}

}  // namespace quanke::leads
