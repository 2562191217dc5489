#include "http/lead_json.h"

#include <boost/json.hpp>

#include "http/customer_json.h"
#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {
json::array Strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}
json::array IdStrings(const std::vector<Id>& v) {
  json::array a;
  for (Id id : v) a.emplace_back(IdToString(id));
  return a;
}
}  // namespace

json::object LeadJson(const leads::LeadView& v, LocalDate today) {
  const leads::Lead& l = v.lead;
  json::object o{{"id", IdToString(l.id)},
                 {"name", l.name},
                 {"company", l.company},
                 {"creditCode", TextJson(l.credit_code)},
                 {"mobile", TextJson(l.mobile)},
                 {"phone", TextJson(l.phone)},
                 {"email", TextJson(l.email)},
                 {"wechat", TextJson(l.wechat)},
                 {"title", l.title},
                 {"sourceId", IdJson(l.source_id)},
                 {"sourceName", l.source_id ? NonEmpty(l.source_name) : json::value(nullptr)},
                 {"campaign", l.campaign},
                 {"province", l.province},
                 {"city", l.city},
                 {"industry", l.industry},
                 {"status", l.status},
                 {"invalidReason", l.invalid_reason},
                 {"tags", Strings(l.tags)},
                 {"notes", l.notes},
                 {"ownerId", IdJson(l.owner_id)},
                 {"ownerName", l.owner_id ? NonEmpty(l.owner_name) : json::value(nullptr)},
                 {"poolId", IdJson(l.pool_id)},
                 {"poolName", l.pool_id ? NonEmpty(l.pool_name) : json::value(nullptr)},
                 {"homePoolId", IdJson(l.home_pool_id)},
                 {"homePoolName", l.home_pool_id ? NonEmpty(l.home_pool_name) : json::value(nullptr)},
                 {"assignedRuleId", IdJson(l.assigned_rule_id)},
                 {"assignedRuleName", l.assigned_rule_id ? NonEmpty(l.assigned_rule_name) : json::value(nullptr)},
                 {"assignedAt", InstantJson(l.assigned_at)},
                 {"customerId", IdJson(l.customer_id)},
                 {"customerName", l.customer_id ? NonEmpty(l.customer_name) : json::value(nullptr)},
                 {"convertedAt", InstantJson(l.converted_at)},
                 {"convertedContactId", IdJson(l.converted_contact_id)},
                 {"firstContactAt", InstantJson(l.first_contact_at)},
                 {"lastFollowUpAt", InstantJson(l.last_follow_up_at)},
                 {"formId", IdJson(l.form_id)},
                 {"createdAt", InstantJson(l.created_at)},
                 {"updatedAt", InstantJson(l.updated_at)},
                 {"contactMasked", v.contact_masked}};
  boost::system::error_code ec;
  json::value custom = json::parse(l.custom_fields, ec);
  o["customFields"] = (!ec && custom.is_object()) ? custom : json::value(json::object());
  if (v.reclaim)
    o["reclaim"] = json::object{{"rule", v.reclaim->rule},
                                {"days", v.reclaim->days},
                                {"poolId", IdJson(v.reclaim_pool_id)},
                                {"poolName", v.reclaim_pool_name},
                                {"startedOn", FormatDate(v.reclaim->started_on)},
                                {"reclaimOn", FormatDate(v.reclaim->reclaim_on)},
                                {"daysLeft", v.reclaim->reclaim_on - today}};
  else
    o["reclaim"] = nullptr;
  return o;
}

json::object LeadDetailJson(const leads::LeadDetail& d, LocalDate today) {
  json::object o = LeadJson(d.view, today);
  o["canEdit"] = d.can_edit;
  o["canClaim"] = d.can_claim;
  o["canRelease"] = d.can_release;
  o["canConvert"] = d.can_convert;
  o["readOnly"] = d.read_only;
  return o;
}

json::object LeadHistoryJson(const leads::LeadHistoryEntry& h) {
  return json::object{{"id", IdToString(h.id)},
                      {"action", h.action},
                      {"fromUserId", IdJson(h.from_user_id)},
                      {"fromUserName", h.from_user_id ? NonEmpty(h.from_user_name) : json::value(nullptr)},
                      {"toUserId", IdJson(h.to_user_id)},
                      {"toUserName", h.to_user_id ? NonEmpty(h.to_user_name) : json::value(nullptr)},
                      {"poolId", IdJson(h.pool_id)},
                      {"poolName", h.pool_id ? NonEmpty(h.pool_name) : json::value(nullptr)},
                      {"ruleId", IdJson(h.rule_id)},
                      {"ruleName", h.rule_id ? NonEmpty(h.rule_name) : json::value(nullptr)},
                      {"reason", h.reason},
                      {"rule", h.rule},
                      {"actorId", IdJson(h.actor_id)},
                      {"actorName", h.actor_id ? NonEmpty(h.actor_name) : json::value(nullptr)},
                      {"at", InstantJson(h.at)}};
}

json::object LeadSourceJson(const leads::LeadSource& s) {
  json::array costs;
  for (const auto& c : s.costs) costs.push_back(json::object{{"month", c.month}, {"amount", c.amount}});
  return json::object{{"id", IdToString(s.id)}, {"name", s.name},           {"enabled", s.enabled},
                      {"sortOrder", s.sort_order}, {"costs", std::move(costs)}};
}

json::object PushRuleJson(const leads::PushRule& r) {
  json::array members;
  for (const auto& m : r.members)
    members.push_back(json::object{{"userId", IdToString(m.user_id)},
                                   {"userName", m.user_name},
                                   {"order", m.order},
                                   {"dailyCap", m.daily_cap ? json::value(*m.daily_cap) : json::value(nullptr)},
                                   {"paused", m.paused}});
  return json::object{{"id", IdToString(r.id)},
                      {"name", r.name},
                      {"enabled", r.enabled},
                      {"position", r.position},
                      {"match", json::object{{"provinces", Strings(r.match.provinces)},
                                             {"cities", Strings(r.match.cities)},
                                             {"industries", Strings(r.match.industries)},
                                             {"sourceIds", IdStrings(r.match.source_ids)},
                                             {"campaigns", Strings(r.match.campaigns)}}},
                      {"strategy", r.strategy},
                      {"userId", IdJson(r.user_id)},
                      {"userName", r.user_id ? NonEmpty(r.user_name) : json::value(nullptr)},
                      {"members", std::move(members)}};
}

json::object LeadMatchJson(const leads::LeadMatch& m) { return ConflictMatchJson(m.match); }

}  // namespace quanke::http
