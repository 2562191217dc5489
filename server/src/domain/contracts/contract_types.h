#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"

// The records of contracts, payment plans, receipts and invoices (docs/api-contracts.md). Money
// is integer fen; dates are "YYYY-MM-DD" in the tenant's calendar.
namespace quanke::contracts {

struct Settings {
  std::string number_prefix = "HT";
  std::string number_date = "YYYYMMDD";  // YYYYMMDD, YYYYMM, YYYY or ""
  std::int64_t number_digits = 4;        // 3..8
  std::string number_reset = "daily";    // daily, monthly, yearly, never
  std::int64_t end_remind_days = 30;     // 0 = off
  std::int64_t due_remind_days = 3;      // 0 = off
  std::int64_t discount_approval_bp = 2000;
};

struct ContractItem {
  std::optional<Id> product_id;
  std::string name, spec, unit;
  std::int64_t quantity = 1;
  std::int64_t list_price_fen = 0;
  std::int64_t unit_price_fen = 0;
  std::int64_t discount_fen = 0;
  std::int64_t TotalFen() const { return quantity * unit_price_fen - discount_fen; }
  std::int64_t ListTotalFen() const { return quantity * list_price_fen; }
};

// 回款计划的一期. For receivables the contract's and customer's names are joined in.
struct Instalment {
  Id id = 0;
  Id contract_id = 0;
  std::int64_t seq = 0;
  std::string due_date;
  std::int64_t amount_fen = 0, received_fen = 0;
  std::string notes;
  Id owner_id = 0, customer_id = 0;
  std::string contract_number, contract_name, customer_name, owner_name;
  std::int64_t OwedFen() const { return amount_fen - received_fen; }
};

struct Contract {
  Id id = 0;
  std::string number, name;
  Id customer_id = 0;
  std::string customer_name;
  std::optional<Id> opportunity_id;
  std::string opportunity_name;
  std::optional<Id> contact_id;
  std::string contact_name;
  std::optional<Id> signer_id;
  std::string signer_name;
  Id owner_id = 0;
  std::string owner_name;
  Id department_id = 0;
  std::string department_name;
  std::int64_t total_fen = 0, list_total_fen = 0;
  std::optional<std::string> sign_date, start_date, end_date;
  std::string status = "draft";  // draft, pending, active, ended, void
  std::optional<Id> approval_id;
  std::optional<std::string> approval_status;
  std::optional<Instant> activated_at;
  std::optional<Id> renewal_of_id, renewed_by_id;
  std::string notes;
  std::vector<Id> attachment_ids;
  std::int64_t received_fen = 0, claimed_fen = 0, invoiced_fen = 0, plan_fen = 0, overdue_fen = 0;
  std::string void_reason;
  std::int64_t version = 1;
  std::optional<Id> created_by;
  Instant created_at = 0, updated_at = 0;
  std::vector<ContractItem> items;
  std::vector<Instalment> instalments;
};

struct ContractDetail {
  Contract contract;
  std::string today;  // the tenant's day it was read on (instalment states)
  bool can_edit = false, can_submit = false, can_void = false, can_delete = false, can_change = false,
       can_receive = false, can_invoice = false;
};

struct InstalmentInput {
  std::optional<Id> id;
  std::string due_date;
  std::int64_t amount_fen = 0;
  std::string notes;
};

// What a create or PATCH sets (nullopt = unchanged; inner nullopt = cleared).
struct ContractInput {
  std::optional<Id> customer_id, owner_id;  // create only
  std::optional<std::string> name, notes;
  std::optional<std::optional<Id>> opportunity_id, contact_id, signer_id;
  std::optional<std::int64_t> total_fen;
  std::optional<std::vector<ContractItem>> items;
  std::optional<std::optional<std::string>> sign_date, start_date, end_date;
  std::optional<std::vector<Id>> attachment_ids;
  std::optional<std::vector<InstalmentInput>> instalments;  // create only
  bool submit = false;                                      // create only
};

struct ContractFilter {
  std::string q;
  bool mine = false;
  std::optional<Id> owner_id, department_id, customer_id, opportunity_id;
  std::vector<std::string> statuses;
  std::optional<std::string> signed_from, signed_to;
  std::optional<std::int64_t> ending_within_days;
  bool owed = false;
};

// The money fields a change order carries.
struct MoneyFields {
  std::int64_t total_fen = 0;
  std::vector<ContractItem> items;
  std::optional<std::string> sign_date, start_date, end_date;
};

struct ChangeOrder {
  Id id = 0;
  Id contract_id = 0;
  std::string status = "pending";
  std::string reason;
  MoneyFields before, after;
  std::optional<Id> approval_id;
  std::optional<Id> created_by;
  std::string created_by_name;
  Instant created_at = 0;
  std::optional<Instant> decided_at;
};

struct ChangeInput {
  std::string reason;
  std::int64_t version = 0;
  std::optional<std::int64_t> total_fen;
  std::optional<std::vector<ContractItem>> items;
  std::optional<std::optional<std::string>> sign_date, start_date, end_date;
};

struct Allocation {
  Id instalment_id = 0;
  std::int64_t seq = 0;
  std::int64_t amount_fen = 0;
};

struct Receipt {
  Id id = 0;
  Id contract_id = 0;
  std::string contract_number;
  Id customer_id = 0;
  std::string customer_name;
  Id owner_id = 0;
  std::int64_t amount_fen = 0;
  std::string received_on, method, account, notes;
  std::string status = "confirmed";  // pending, confirmed, rejected
  std::optional<Id> approval_id;
  std::vector<Allocation> allocations;
  std::optional<Id> created_by;
  std::string created_by_name;
  Instant created_at = 0;
};

struct ReceiptInput {
  std::int64_t amount_fen = 0;
  std::string received_on, method, account, notes;
  std::optional<std::vector<Allocation>> allocations;
};

struct ReceiptFilter {
  bool mine = false;
  std::optional<Id> contract_id, customer_id, owner_id, department_id;
  std::string status;
  std::optional<std::string> from, to;
};

struct Invoice {
  Id id = 0;
  Id contract_id = 0;
  std::string contract_number;
  Id customer_id = 0;
  std::string customer_name;
  Id owner_id = 0;
  std::string type, number, title, tax_no;
  std::int64_t amount_fen = 0;
  std::string issued_on;
  std::string status = "issued";  // issued, void
  std::string notes;
  std::optional<Id> created_by;
  Instant created_at = 0;
};

struct InvoiceFilter {
  bool mine = false;
  std::optional<Id> contract_id, customer_id;
  std::string status;
  std::optional<std::string> from, to;
};

struct ReceivableFilter {
  bool mine = false;
  std::optional<Id> owner_id, department_id, customer_id;
  std::string bucket;  // "", not_due, d1_30, d31_90, d90_plus
};

struct AgeingBucket {
  std::string bucket;
  std::int64_t count = 0, owed_fen = 0;
};
struct Ageing {
  std::string as_of;
  std::vector<AgeingBucket> buckets;  // not_due, d1_30, d31_90, d90_plus
  std::int64_t total_owed_fen = 0, without_plan_owed_fen = 0;
};

// The caller's contract to-dos (home): own active contracts ending within endRemindDays, own
// open instalments due within dueRemindDays or overdue.
struct ContractTodos {
  std::string today;
  std::vector<Contract> ending;
  std::vector<Instalment> due;
};

struct CustomerSummary {
  std::int64_t contracts = 0, active_contracts = 0, total_fen = 0, received_fen = 0, owed_fen = 0, overdue_fen = 0,
               invoiced_fen = 0;
};

}  // namespace quanke::contracts
