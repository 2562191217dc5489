// Sales processes and opportunities as the API answers them (docs/api-opportunities.md).
#include "http/deal_json.h"

#include <boost/json.hpp>

#include "domain/deals/deal_codec.h"
#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {
json::array Strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

json::value ParsedOr(const std::string& text, json::value fallback) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  return ec ? fallback : v;
}
}  // namespace

json::object SalesProcessJson(const deals::SalesProcess& p) { return deals::ProcessObject(p); }

json::object OpportunityJson(const deals::OpportunityView& v) {
  const deals::Opportunity& o = v.opportunity;
  json::array items;
  for (const auto& it : o.items)
    items.push_back(json::object{{"productId", IdJson(it.product_id)},
                                 {"name", it.name},
                                 {"quantity", it.quantity},
                                 {"unitPriceFen", it.unit_price_fen},
                                 {"discountFen", it.discount_fen},
                                 {"totalFen", it.TotalFen()}});
  json::value stale = nullptr;
  if (v.stale) stale = json::object{{"reason", v.stale->reason}, {"since", FormatDate(v.stale->since)}};
  return json::object{{"id", IdToString(o.id)},
                      {"name", o.name},
                      {"customerId", IdToString(o.customer_id)},
                      {"customerName", o.customer_name},
                      {"contactId", IdJson(o.contact_id)},
                      {"contactName", o.contact_id ? NonEmpty(o.contact_name) : json::value(nullptr)},
                      {"amountFen", o.amount_fen},
                      {"expectedCloseDate", TextJson(o.expected_close_date)},
                      {"processId", IdToString(o.process_id)},
                      {"processName", o.process_name},
                      {"stageId", IdToString(o.stage_id)},
                      {"stageName", o.stage_name},
                      {"stageKind", o.stage_kind},
                      {"stagePosition", o.stage_position},
                      {"stageEnteredAt", InstantJson(o.stage_entered_at)},
                      {"probability", o.probability},
                      {"probabilitySet", o.probability_set},
                      {"status", o.status},
                      {"closeReason", o.close_reason},
                      {"closedAt", InstantJson(o.closed_at)},
                      {"leadId", IdJson(o.lead_id)},
                      {"competitors", Strings(o.competitors)},
                      {"notes", o.notes},
                      {"items", std::move(items)},
                      {"ownerId", IdToString(o.owner_id)},
                      {"ownerName", o.owner_name},
                      {"departmentId", IdToString(o.department_id)},
                      {"departmentName", o.department_name},
                      {"lastActivityAt", InstantJson(o.last_activity_at)},
                      {"stale", std::move(stale)},
                      {"version", o.version},
                      {"createdBy", IdJson(o.created_by)},
                      {"createdAt", InstantJson(o.created_at)},
                      {"updatedAt", InstantJson(o.updated_at)}};
}

json::object OpportunityDetailJson(const deals::OpportunityDetail& d) {
  json::object o = OpportunityJson(d.view);
  o["canEdit"] = d.can_edit;
  o["canMove"] = d.can_move;
  o["canDelete"] = d.can_delete;
  const deals::Stage* stage = d.process.StageById(d.view.opportunity.stage_id);
  o["stage"] = stage ? json::value(deals::StageObject(*stage)) : json::value(nullptr);
  json::array stages;
  for (const auto& s : d.process.stages) stages.push_back(deals::StageObject(s));
  o["process"] = json::object{{"id", IdToString(d.process.id)},
                              {"name", d.process.name},
                              {"allowSkip", d.process.allow_skip},
                              {"lostReasons", Strings(d.process.lost_reasons)},
                              {"invalidReasons", Strings(d.process.invalid_reasons)},
                              {"version", d.process.version},
                              {"stages", std::move(stages)}};
  return o;
}

json::object StageChangeJson(const deals::StageChange& c) {
  return json::object{{"id", IdToString(c.id)},
                      {"fromStageId", IdJson(c.from_stage_id)},
                      {"fromName", c.from_name},
                      {"toStageId", IdToString(c.to_stage_id)},
                      {"toName", c.to_name},
                      {"toKind", c.to_kind},
                      {"toPosition", c.to_position},
                      {"direction", c.direction},
                      {"feedback", ParsedOr(c.feedback, json::object())},
                      {"feedbackFields", deals::FieldsArray(deals::FieldsFromJson(c.feedback_fields))},
                      {"checklistDone", Strings(c.checklist_done)},
                      {"reason", c.reason},
                      {"msInFrom", c.ms_in_from ? json::value(*c.ms_in_from) : json::value(nullptr)},
                      {"amountFen", c.amount_fen},
                      {"probability", c.probability},
                      {"processVersion", c.process_version},
                      {"userId", IdJson(c.user_id)},
                      {"userName", NonEmpty(c.user_name)},
                      {"at", InstantJson(c.at)}};
}

}  // namespace quanke::http
