#include "http/customer_json.h"

#include <boost/json.hpp>

#include <map>

#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {
json::value Optional(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }
}  // namespace

json::object CustomerJson(const customers::CustomerView& v, LocalDate today) {
  const customers::Customer& c = v.customer;
  json::array tags;
  for (const auto& t : c.tags) tags.push_back(json::value(t));
  json::object o{{"id", IdToString(c.id)},
                 {"name", c.name},
                 {"shortName", c.short_name},
                 {"industry", c.industry},
                 {"scale", c.scale},
                 {"level", c.level},
                 {"status", c.status},
                 {"source", c.source},
                 {"province", c.province},
                 {"city", c.city},
                 {"district", c.district},
                 {"address", c.address},
                 {"website", c.website},
                 {"tags", std::move(tags)},
                 {"locked", c.locked},
                 {"timesReclaimed", c.times_reclaimed},
                 {"phoneMasked", v.phone_masked}};
  o.reserve(48);  // every key below, without growing the table on the way
  o["creditCode"] = TextJson(c.credit_code);
  o["lat"] = Optional(c.lat);
  o["lng"] = Optional(c.lng);
  o["phone"] = TextJson(c.phone);
  if (c.custom_fields.empty() || c.custom_fields == "{}") {
    o["customFields"] = json::object{};
  } else {
    boost::system::error_code ec;
    json::value custom = json::parse(c.custom_fields, ec);
    o["customFields"] = ec || !custom.is_object() ? json::value(json::object{}) : std::move(custom);
  }
  o["ownerId"] = IdJson(c.owner_id);
  o["ownerName"] = c.owner_id ? NonEmpty(c.owner_name) : json::value(nullptr);
  o["ownerDepartmentName"] = c.owner_id ? NonEmpty(c.owner_department) : json::value(nullptr);
  o["poolId"] = IdJson(c.pool_id);
  o["poolName"] = c.pool_id ? NonEmpty(c.pool_name) : json::value(nullptr);
  o["homePoolId"] = IdJson(c.home_pool_id);
  o["homePoolName"] = c.home_pool_id ? NonEmpty(c.home_pool_name) : json::value(nullptr);
  o["previousOwnerName"] = NonEmpty(c.previous_owner_name);
  o["claimedAt"] = InstantJson(c.claimed_at);
  o["releasedAt"] = InstantJson(c.released_at);
  o["lastFollowUpAt"] = InstantJson(c.last_follow_up_at);
  o["lastDealAt"] = InstantJson(c.last_deal_at);
  o["nextFollowUpAt"] = InstantJson(c.next_follow_up_at);
  o["createdAt"] = InstantJson(c.created_at);
  o["updatedAt"] = InstantJson(c.updated_at);
  if (v.deadline) {
    o["reclaim"] = json::object{{"rule", v.deadline->rule},
                                {"days", v.deadline->days},
                                {"poolId", IdJson(c.home_pool_id)},
                                {"poolName", v.deadline_pool_name},
                                {"startedOn", FormatDate(v.deadline->started_on)},
                                {"reclaimOn", FormatDate(v.deadline->reclaim_on)},
                                {"daysLeft", v.deadline->reclaim_on - today}};
  } else {
    o["reclaim"] = nullptr;
  }
  return o;
}

json::object ContactJson(const customers::Contact& c) {
  json::object o{{"id", IdToString(c.id)},
                 {"customerId", IdToString(c.customer_id)},
                 {"name", c.name},
                 {"title", c.title},
                 {"isPrimary", c.is_primary},
                 {"notes", c.notes}};
  o["mobile"] = TextJson(c.mobile);
  o["phone"] = TextJson(c.phone);
  o["email"] = TextJson(c.email);
  o["wechat"] = TextJson(c.wechat);
  o["birthday"] = TextJson(c.birthday);
  o["createdAt"] = InstantJson(c.created_at);
  o["updatedAt"] = InstantJson(c.updated_at);
  return o;
}

json::object CustomerDetailJson(const customers::CustomerDetail& d, LocalDate today) {
  json::object o = CustomerJson(d.view, today);
  json::array contacts;
  for (const auto& c : d.contacts) contacts.push_back(ContactJson(c));
  json::array team;
  for (const auto& t : d.team)
    team.push_back(json::object{{"userId", IdToString(t.user_id)}, {"name", t.name}, {"access", t.access}});
  o["contacts"] = std::move(contacts);
  o["team"] = std::move(team);
  o["canEdit"] = d.can_edit;
  o["canRelease"] = d.can_release;
  o["canTransfer"] = d.can_transfer;
  o["canLock"] = d.can_lock;
  o["canClaim"] = d.can_claim;
  return o;
}

json::object HistoryJson(const customers::HistoryEntry& e) {
  json::object o{{"id", IdToString(e.id)}, {"action", e.action}, {"reason", e.reason}, {"rule", e.rule}};
  o["fromUserId"] = IdJson(e.from_user_id);
  o["fromUserName"] = e.from_user_id ? NonEmpty(e.from_user_name) : json::value(nullptr);
  o["toUserId"] = IdJson(e.to_user_id);
  o["toUserName"] = e.to_user_id ? NonEmpty(e.to_user_name) : json::value(nullptr);
  o["poolId"] = IdJson(e.pool_id);
  o["poolName"] = e.pool_id ? NonEmpty(e.pool_name) : json::value(nullptr);
  o["actorId"] = IdJson(e.actor_id);
  o["actorName"] = e.actor_id ? NonEmpty(e.actor_name) : json::value(nullptr);
  o["at"] = InstantJson(e.at);
  return o;
}

json::object ConflictMatchJson(const customers::ConflictMatch& m) {
  json::object o{{"matchedOn", m.matched_on}, {"where", m.where}};
  o["teamName"] = TextJson(m.team_name);
  o["poolName"] = TextJson(m.pool_name);
  o["protectedUntil"] = m.protected_until ? json::value(FormatDate(*m.protected_until)) : json::value(nullptr);
  o["customerId"] = IdJson(m.customer_id);
  o["customerName"] = TextJson(m.customer_name);
  return o;
}

json::value PoolRulesJson(const pool::PoolRules& r) {
  json::value v = json::parse(pool::PoolRulesToJson(r));
  // enabledSince is bookkeeping of the versioning, not a setting.
  for (const char* k : {"noFollowUp", "noDeal", "protection"}) v.as_object()[k].as_object().erase("enabledSince");
  return v;
}

json::object RuleVersionJson(const pool::RuleVersion& v) {
  json::object o{{"version", v.version}, {"rules", PoolRulesJson(v.rules)}};
  o["effectiveAt"] = InstantJson(v.effective_at);
  o["createdBy"] = IdJson(v.created_by);
  o["createdByName"] = v.created_by_name;
  o["createdAt"] = InstantJson(v.created_at);
  return o;
}

json::object PoolJson(const pool::PoolView& v) {
  const pool::Pool& p = v.pool;
  json::array members, admins;
  for (const auto& m : p.members)
    members.push_back(json::object{{"type", m.type}, {"id", IdToString(m.id)}, {"name", m.name}});
  for (const auto& a : p.admins) admins.push_back(json::object{{"id", IdToString(a.id)}, {"name", a.name}});
  json::object o{{"id", IdToString(p.id)},
                 {"name", p.name},
                 {"description", p.description},
                 {"sortOrder", p.sort_order},
                 {"customerCount", p.customer_count},
                 {"isMember", v.is_member},
                 {"isAdmin", v.is_admin},
                 {"members", std::move(members)},
                 {"admins", std::move(admins)},
                 {"rules", PoolRulesJson(p.rules.rules)},
                 {"ruleVersion", p.rules.version}};
  o["ruleEffectiveAt"] = p.rules.version ? InstantJson(p.rules.effective_at) : json::value(nullptr);
  o["createdAt"] = InstantJson(p.created_at);
  o["updatedAt"] = InstantJson(p.updated_at);
  return o;
}

json::object SweepJson(const pool::SweepResult& r) {
  json::array items;
  std::map<std::string, std::int64_t> by_rule;
  std::map<Id, std::pair<std::string, std::int64_t>> by_owner;
  for (const auto& i : r.reclaimed) {
    items.push_back(json::object{{"customerId", IdToString(i.customer_id)},
                                 {"customerName", i.customer_name},
                                 {"ownerId", IdToString(i.owner_id)},
                                 {"ownerName", i.owner_name},
                                 {"poolId", IdToString(i.pool_id)},
                                 {"poolName", i.pool_name},
                                 {"rule", i.deadline.rule},
                                 {"days", i.deadline.days},
                                 {"startedOn", FormatDate(i.deadline.started_on)},
                                 {"reclaimOn", FormatDate(i.deadline.reclaim_on)}});
    ++by_rule[i.deadline.rule];
    auto& o = by_owner[i.owner_id];
    o.first = i.owner_name;
    ++o.second;
  }
  json::object rules;
  for (const auto& [k, n] : by_rule) rules[k] = n;
  json::array owners;
  for (const auto& [id, o] : by_owner)
    owners.push_back(json::object{{"ownerId", IdToString(id)}, {"ownerName", o.first}, {"count", o.second}});
  return json::object{{"at", FormatInstant(r.at)},
                      {"items", std::move(items)},
                      {"byRule", std::move(rules)},
                      {"byOwner", std::move(owners)},
                      {"reclaimed", static_cast<std::int64_t>(r.reclaimed.size())},
                      {"reminders", r.reminded}};
}

json::object NotificationJson(const notify::Notification& n) {
  json::object o{{"id", IdToString(n.id)},
                 {"type", n.type},
                 {"title", n.title},
                 {"body", n.body},
                 {"objectType", n.object_type}};
  o["objectId"] = IdJson(n.object_id);
  o["createdAt"] = InstantJson(n.created_at);
  o["readAt"] = InstantJson(n.read_at);
  return o;
}

}  // namespace quanke::http
