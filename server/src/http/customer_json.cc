#include "http/customer_json.h"

#include <boost/json.hpp>

#include <algorithm>
#include <iterator>
#include <map>

#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {

json::value Str(std::string_view s) { return json::string(s); }
json::value Optional(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::value CustomFieldsJson(const std::string& text) {
  if (text.empty() || text == "{}") return json::object{};
  boost::system::error_code ec;
  json::value custom = json::parse(text, ec);
  return ec || !custom.is_object() ? json::value(json::object{}) : std::move(custom);
}

json::value ReclaimJson(const customers::CustomerView& v, LocalDate today) {
  if (!v.deadline) return nullptr;
  return json::object{{"rule", v.deadline->rule},
                      {"days", v.deadline->days},
                      {"poolId", IdJson(v.customer.home_pool_id)},
                      {"poolName", v.deadline_pool_name},
                      {"startedOn", FormatDate(v.deadline->started_on)},
                      {"reclaimOn", FormatDate(v.deadline->reclaim_on)},
                      {"daysLeft", v.deadline->reclaim_on - today}};
}

// The keys of a Customer in answer order, each with how it is made. `fields=` selects among
// them by position (CustomerFields is a bitset over this table).
struct Field {
  std::string_view key;
  json::value (*make)(const customers::CustomerView& v, LocalDate today);
};
using V = customers::CustomerView;
constexpr Field kFields[] = {
    {"id", [](const V& v, LocalDate) { return Str(IdToString(v.customer.id)); }},
    {"name", [](const V& v, LocalDate) { return Str(v.customer.name); }},
    {"shortName", [](const V& v, LocalDate) { return Str(v.customer.short_name); }},
    {"industry", [](const V& v, LocalDate) { return Str(v.customer.industry); }},
    {"scale", [](const V& v, LocalDate) { return Str(v.customer.scale); }},
    {"level", [](const V& v, LocalDate) { return Str(v.customer.level); }},
    {"status", [](const V& v, LocalDate) { return Str(v.customer.status); }},
    {"source", [](const V& v, LocalDate) { return Str(v.customer.source); }},
    {"province", [](const V& v, LocalDate) { return Str(v.customer.province); }},
    {"city", [](const V& v, LocalDate) { return Str(v.customer.city); }},
    {"district", [](const V& v, LocalDate) { return Str(v.customer.district); }},
    {"address", [](const V& v, LocalDate) { return Str(v.customer.address); }},
    {"website", [](const V& v, LocalDate) { return Str(v.customer.website); }},
    {"tags",
     [](const V& v, LocalDate) -> json::value {
       json::array tags;
       for (const auto& t : v.customer.tags) tags.push_back(json::value(t));
       return tags;
     }},
    {"locked", [](const V& v, LocalDate) -> json::value { return v.customer.locked; }},
    {"timesReclaimed",
     [](const V& v, LocalDate) -> json::value { return v.customer.times_reclaimed; }},
    {"phoneMasked", [](const V& v, LocalDate) -> json::value { return v.phone_masked; }},
    {"creditCode", [](const V& v, LocalDate) { return TextJson(v.customer.credit_code); }},
    {"lat", [](const V& v, LocalDate) { return Optional(v.customer.lat); }},
    {"lng", [](const V& v, LocalDate) { return Optional(v.customer.lng); }},
    {"phone", [](const V& v, LocalDate) { return TextJson(v.customer.phone); }},
    {"customFields",
     [](const V& v, LocalDate) { return CustomFieldsJson(v.customer.custom_fields); }},
    {"ownerId", [](const V& v, LocalDate) { return IdJson(v.customer.owner_id); }},
    {"ownerName",
     [](const V& v, LocalDate) {
       return v.customer.owner_id ? NonEmpty(v.customer.owner_name) : json::value(nullptr);
     }},
    {"ownerDepartmentName",
     [](const V& v, LocalDate) {
       return v.customer.owner_id ? NonEmpty(v.customer.owner_department) : json::value(nullptr);
     }},
    {"poolId", [](const V& v, LocalDate) { return IdJson(v.customer.pool_id); }},
    {"poolName",
     [](const V& v, LocalDate) {
       return v.customer.pool_id ? NonEmpty(v.customer.pool_name) : json::value(nullptr);
     }},
    {"homePoolId", [](const V& v, LocalDate) { return IdJson(v.customer.home_pool_id); }},
    {"homePoolName",
     [](const V& v, LocalDate) {
       return v.customer.home_pool_id ? NonEmpty(v.customer.home_pool_name) : json::value(nullptr);
     }},
    {"previousOwnerName",
     [](const V& v, LocalDate) { return NonEmpty(v.customer.previous_owner_name); }},
    {"claimedAt", [](const V& v, LocalDate) { return InstantJson(v.customer.claimed_at); }},
    {"releasedAt", [](const V& v, LocalDate) { return InstantJson(v.customer.released_at); }},
    {"lastFollowUpAt",
     [](const V& v, LocalDate) { return InstantJson(v.customer.last_follow_up_at); }},
    {"lastDealAt", [](const V& v, LocalDate) { return InstantJson(v.customer.last_deal_at); }},
    {"nextFollowUpAt",
     [](const V& v, LocalDate) { return InstantJson(v.customer.next_follow_up_at); }},
    {"createdAt", [](const V& v, LocalDate) { return InstantJson(v.customer.created_at); }},
    {"updatedAt", [](const V& v, LocalDate) { return InstantJson(v.customer.updated_at); }},
    {"reclaim", ReclaimJson},
    {"claimCooldownUntil",
     [](const V& v, LocalDate) -> json::value {
       return v.claim_cooldown_until ? Str(FormatDate(*v.claim_cooldown_until)) : json::value(nullptr);
     }},
};
constexpr size_t kFieldCount = sizeof kFields / sizeof kFields[0];
static_assert(kFieldCount <= CustomerFields().size());

}  // namespace

Result<CustomerFields> ParseCustomerFields(std::string_view list) {
  CustomerFields out;
  out.set(0);  // id is always there
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    const std::string_view name = list.substr(start, comma - start);
    const Field* f = std::find_if(std::begin(kFields), std::end(kFields),
                                  [&](const Field& x) { return x.key == name; });
    if (f == std::end(kFields)) return Status::Validation({{"fields", "invalid_value"}});
    out.set(static_cast<size_t>(f - kFields));
    start = comma + 1;
  }
  return out;
}

bool WantsCustomerField(const CustomerFields* only, std::string_view key) {
  if (!only) return true;
  for (size_t i = 0; i < kFieldCount; ++i)
    if (kFields[i].key == key) return only->test(i);
  return false;
}

json::object CustomerJson(const customers::CustomerView& v, LocalDate today,
                          const CustomerFields* only) {
  json::object o;
  o.reserve(only ? only->count() : kFieldCount);
  for (size_t i = 0; i < kFieldCount; ++i)
    if (!only || only->test(i)) o.emplace(kFields[i].key, kFields[i].make(v, today));
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
  o.reserve(o.size() + 7);
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
  json::object o{{"kind", m.kind}, {"matchedOn", m.matched_on}, {"where", m.where}};
  o["teamName"] = TextJson(m.team_name);
  o["poolName"] = TextJson(m.pool_name);
  o["protectedUntil"] = m.protected_until ? json::value(FormatDate(*m.protected_until)) : json::value(nullptr);
  const bool lead = m.kind == "lead";
  o["customerId"] = lead ? json::value(nullptr) : IdJson(m.customer_id);
  o["customerName"] = lead ? json::value(nullptr) : TextJson(m.customer_name);
  o["leadId"] = lead ? IdJson(m.customer_id) : json::value(nullptr);
  o["leadName"] = lead ? TextJson(m.customer_name) : json::value(nullptr);
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
                 {"kind", p.kind},
                 {"customerCount", p.kind == "lead" ? 0 : p.customer_count},
                 {"leadCount", p.kind == "lead" ? p.customer_count : 0},
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

json::object SweepItemJson(const char* object, Id id, const std::string& name, Id owner_id,
                           const std::string& owner_name, Id pool_id, const std::string& pool_name,
                           const pool::Deadline& deadline) {
  const std::string prefix(object);
  return json::object{{prefix + "Id", IdToString(id)},
                      {prefix + "Name", name},
                      {"ownerId", IdToString(owner_id)},
                      {"ownerName", owner_name},
                      {"poolId", IdToString(pool_id)},
                      {"poolName", pool_name},
                      {"rule", deadline.rule},
                      {"days", deadline.days},
                      {"startedOn", FormatDate(deadline.started_on)},
                      {"reclaimOn", FormatDate(deadline.reclaim_on)}};
}

json::object SweepJson(const ownership::SweepResult& r) {
  json::array items;
  std::map<std::string, std::int64_t> by_rule;
  std::map<Id, std::pair<std::string, std::int64_t>> by_owner;
  for (const auto& i : r.reclaimed) {
    items.push_back(SweepItemJson("customer", i.customer_id, i.customer_name, i.owner_id, i.owner_name, i.pool_id,
                                  i.pool_name, i.deadline));
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

json::object NotificationJson(const notify::Notification& n, std::string_view language) {
  json::object params;
  for (const auto& [k, v] : n.params) params[k] = v;
  json::object o{{"id", IdToString(n.id)},
                 {"type", n.type},
                 {"params", std::move(params)},
                 {"title", notify::NotificationTitle(n.type, n.params, language, n.title)},
                 {"body", n.body},
                 {"objectType", n.object_type}};
  o["objectId"] = IdJson(n.object_id);
  o["createdAt"] = InstantJson(n.created_at);
  o["readAt"] = InstantJson(n.read_at);
  return o;
}

}  // namespace quanke::http
