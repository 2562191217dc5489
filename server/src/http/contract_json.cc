#include "http/contract_json.h"

#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/contracts/contract_codec.h"
#include "domain/contracts/contract_rules.h"
#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {

json::array IdArray(const std::vector<Id>& ids) {
  json::array a;
  for (Id id : ids) a.push_back(json::value(IdToString(id)));
  return a;
}

}  // namespace

json::object CategoryJson(const products::Category& c) {
  return json::object{{"id", IdToString(c.id)},
                      {"parentId", IdJson(c.parent_id)},
                      {"name", c.name},
                      {"position", c.position},
                      {"productCount", c.product_count}};
}

json::object ProductJson(const products::Product& p) {
  return json::object{{"id", IdToString(p.id)},
                      {"code", p.code},
                      {"name", p.name},
                      {"spec", p.spec},
                      {"unit", p.unit},
                      {"listPriceFen", p.list_price_fen},
                      {"status", p.status},
                      {"categoryId", IdJson(p.category_id)},
                      {"categoryName", NonEmpty(p.category_name)},
                      {"imageId", IdJson(p.image_id)},
                      {"description", p.description},
                      {"createdAt", InstantJson(p.created_at)},
                      {"updatedAt", InstantJson(p.updated_at)}};
}

json::object ContractSettingsJson(const contracts::Settings& s) {
  return json::object{{"numberPrefix", s.number_prefix},
                      {"numberDate", s.number_date},
                      {"numberDigits", s.number_digits},
                      {"numberReset", s.number_reset},
                      {"endRemindDays", s.end_remind_days},
                      {"dueRemindDays", s.due_remind_days},
                      {"discountApprovalBp", s.discount_approval_bp}};
}

json::object ContractJson(const contracts::Contract& c) {
  return json::object{{"id", IdToString(c.id)},
                      {"number", c.number},
                      {"name", c.name},
                      {"customerId", IdToString(c.customer_id)},
                      {"customerName", c.customer_name},
                      {"opportunityId", IdJson(c.opportunity_id)},
                      {"opportunityName", c.opportunity_id ? NonEmpty(c.opportunity_name) : json::value(nullptr)},
                      {"contactId", IdJson(c.contact_id)},
                      {"contactName", c.contact_id ? NonEmpty(c.contact_name) : json::value(nullptr)},
                      {"signerId", IdJson(c.signer_id)},
                      {"signerName", c.signer_id ? NonEmpty(c.signer_name) : json::value(nullptr)},
                      {"ownerId", IdToString(c.owner_id)},
                      {"ownerName", c.owner_name},
                      {"departmentId", IdToString(c.department_id)},
                      {"departmentName", c.department_name},
                      {"totalFen", c.total_fen},
                      {"listTotalFen", c.list_total_fen},
                      {"discountBp", contracts::DiscountBp(c.list_total_fen, c.total_fen)},
                      {"signDate", TextJson(c.sign_date)},
                      {"startDate", TextJson(c.start_date)},
                      {"endDate", TextJson(c.end_date)},
                      {"status", c.status},
                      {"approvalId", IdJson(c.approval_id)},
                      {"approvalStatus", TextJson(c.approval_status)},
                      {"renewalOfId", IdJson(c.renewal_of_id)},
                      {"renewedById", IdJson(c.renewed_by_id)},
                      {"notes", c.notes},
                      {"attachmentIds", IdArray(c.attachment_ids)},
                      {"receivedFen", c.received_fen},
                      {"owedFen", c.total_fen - c.received_fen},
                      {"invoicedFen", c.invoiced_fen},
                      {"planFen", c.plan_fen},
                      {"planMismatchFen", c.total_fen - c.plan_fen},
                      {"overdueFen", c.overdue_fen},
                      {"version", c.version},
                      {"createdBy", IdJson(c.created_by)},
                      {"createdAt", InstantJson(c.created_at)},
                      {"updatedAt", InstantJson(c.updated_at)}};
}

json::object InstalmentJson(const contracts::Instalment& i, const std::string& today) {
  LocalDate due = 0, now = 0;
  ParseDate(i.due_date, &due);
  ParseDate(today, &now);
  const std::int64_t overdue = i.OwedFen() > 0 ? contracts::OverdueDays(due, now) : 0;
  return json::object{{"id", IdToString(i.id)},
                      {"contractId", IdToString(i.contract_id)},
                      {"seq", i.seq},
                      {"dueDate", i.due_date},
                      {"amountFen", i.amount_fen},
                      {"receivedFen", i.received_fen},
                      {"owedFen", i.OwedFen()},
                      {"notes", i.notes},
                      {"state", i.OwedFen() <= 0 ? "paid" : overdue > 0 ? "overdue" : "not_due"},
                      {"overdueDays", overdue}};
}

json::object ReceivableJson(const contracts::Instalment& i, const std::string& today) {
  json::object o = InstalmentJson(i, today);
  o["contractNumber"] = i.contract_number;
  o["contractName"] = i.contract_name;
  o["customerId"] = IdToString(i.customer_id);
  o["customerName"] = i.customer_name;
  o["ownerId"] = IdToString(i.owner_id);
  o["ownerName"] = i.owner_name;
  return o;
}

json::object ContractDetailJson(const contracts::ContractDetail& d) {
  json::object o = ContractJson(d.contract);
  o["items"] = contracts::ItemsArray(d.contract.items);
  json::array instalments;
  for (const auto& i : d.contract.instalments) instalments.push_back(InstalmentJson(i, d.today));
  o["instalments"] = std::move(instalments);
  o["canEdit"] = d.can_edit;
  o["canSubmit"] = d.can_submit;
  o["canVoid"] = d.can_void;
  o["canDelete"] = d.can_delete;
  o["canChange"] = d.can_change;
  o["canReceive"] = d.can_receive;
  o["canInvoice"] = d.can_invoice;
  return o;
}

json::object ChangeOrderJson(const contracts::ChangeOrder& c) {
  return json::object{{"id", IdToString(c.id)},
                      {"contractId", IdToString(c.contract_id)},
                      {"status", c.status},
                      {"reason", c.reason},
                      {"before", contracts::MoneyObject(c.before)},
                      {"after", contracts::MoneyObject(c.after)},
                      {"approvalId", IdJson(c.approval_id)},
                      {"createdBy", IdJson(c.created_by)},
                      {"createdByName", NonEmpty(c.created_by_name)},
                      {"createdAt", InstantJson(c.created_at)},
                      {"decidedAt", InstantJson(c.decided_at)}};
}

json::object ReceiptJson(const contracts::Receipt& r) {
  json::array allocations;
  for (const auto& a : r.allocations)
    allocations.push_back(
        json::object{{"instalmentId", IdToString(a.instalment_id)}, {"seq", a.seq}, {"amountFen", a.amount_fen}});
  return json::object{{"id", IdToString(r.id)},
                      {"contractId", IdToString(r.contract_id)},
                      {"contractNumber", r.contract_number},
                      {"customerId", IdToString(r.customer_id)},
                      {"customerName", r.customer_name},
                      {"amountFen", r.amount_fen},
                      {"receivedOn", r.received_on},
                      {"method", r.method},
                      {"account", r.account},
                      {"notes", r.notes},
                      {"status", r.status},
                      {"approvalId", IdJson(r.approval_id)},
                      {"allocations", std::move(allocations)},
                      {"createdBy", IdJson(r.created_by)},
                      {"createdByName", NonEmpty(r.created_by_name)},
                      {"createdAt", InstantJson(r.created_at)}};
}

json::object InvoiceJson(const contracts::Invoice& v) {
  return json::object{{"id", IdToString(v.id)},
                      {"contractId", IdToString(v.contract_id)},
                      {"contractNumber", v.contract_number},
                      {"customerId", IdToString(v.customer_id)},
                      {"customerName", v.customer_name},
                      {"type", v.type},
                      {"number", v.number},
                      {"title", v.title},
                      {"taxNo", v.tax_no},
                      {"amountFen", v.amount_fen},
                      {"issuedOn", v.issued_on},
                      {"status", v.status},
                      {"notes", v.notes},
                      {"createdBy", IdJson(v.created_by)},
                      {"createdAt", InstantJson(v.created_at)}};
}

json::object AgeingJson(const contracts::Ageing& a, const std::string& filters) {
  json::array buckets;
  for (const auto& b : a.buckets)
    buckets.push_back(json::object{{"bucket", b.bucket},
                                   {"count", b.count},
                                   {"owedFen", b.owed_fen},
                                   {"query", "bucket=" + b.bucket + filters}});
  return json::object{{"asOf", a.as_of},
                      {"buckets", std::move(buckets)},
                      {"totalOwedFen", a.total_owed_fen},
                      {"contractsWithoutPlanOwedFen", a.without_plan_owed_fen}};
}

json::object CustomerSummaryJson(const contracts::CustomerSummary& s) {
  return json::object{{"contracts", s.contracts},   {"activeContracts", s.active_contracts},
                      {"totalFen", s.total_fen},    {"receivedFen", s.received_fen},
                      {"owedFen", s.owed_fen},      {"overdueFen", s.overdue_fen},
                      {"invoicedFen", s.invoiced_fen}};
}

}  // namespace quanke::http
