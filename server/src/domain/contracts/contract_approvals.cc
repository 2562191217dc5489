// The approvals of contracts, change orders and receipts: starting them inside the subject's
// transaction, and the handlers that hear how they ended inside the decision's transaction.
#include "domain/contracts/contract_approvals.h"

#include "domain/activity/attachment_links.h"
#include "domain/contracts/contract_internal.h"
#include "domain/contracts/contract_rules.h"
#include "domain/contracts/money_repository.h"
#include "domain/org/audit_repository.h"

namespace quanke::contracts {
using storage::Connection;

namespace detail {

Status SubmitForApproval(Connection& conn, const org::Caller& caller, Contract c, Instant now) {
  auto settings = GetSettings(conn, caller.tenant_id);
  if (!settings.ok()) return settings.status();
  const std::int64_t bp = DiscountBp(c.list_total_fen, c.total_fen);
  approvals::Subject subject{"contract", c.id, "合同 " + c.number + " " + c.name, c.total_fen,
                             "/contracts/" + IdToString(c.id)};
  if (bp > settings->discount_approval_bp) {
    auto discount = approvals::HasFlow(conn, caller.tenant_id, "discount", c.total_fen);
    if (!discount.ok()) return discount.status();
    if (*discount) {
      subject.type = "discount";
      subject.title = "折扣 " + c.number + " " + std::to_string(bp / 100) + "." + (bp % 100 < 10 ? "0" : "") +
                      std::to_string(bp % 100) + "%";
    }
  }
  auto started = approvals::Start(conn, caller, subject, now);
  if (!started.ok()) return started.status();
  if (started->approved_at_once) return Activate(conn, caller, std::move(c), started->approval_id, now);
  const std::int64_t expected = c.version;
  c.status = "pending";
  c.approval_id = started->approval_id;
  c.approval_status = "pending";
  c.updated_at = now;
  auto set = SetContractState(conn, caller.tenant_id, c, expected);
  if (!set.ok()) return set.status();
  if (!*set) return VersionConflict(expected);
  return Status::Ok();
}

Result<bool> StartChangeApproval(Connection& conn, const org::Caller& caller, const Contract& c, ChangeOrder& order,
                                 Instant now) {
  auto started = approvals::Start(conn, caller,
                                  {"contract_change", order.id, "合同变更 " + c.number, order.after.total_fen,
                                   "/contracts/" + IdToString(c.id)},
                                  now);
  if (!started.ok()) return started.status();
  order.approval_id = started->approval_id;
  return started->approved_at_once;
}

Result<bool> StartReceiptApproval(Connection& conn, const org::Caller& caller, const Contract& c, const Receipt& r,
                                  std::optional<Id>* approval_id, Instant now) {
  auto started = approvals::Start(
      conn, caller,
      {"receipt", r.id, "回款 " + c.number + " ¥" + FormatYuan(r.amount_fen), r.amount_fen, "/contracts/" + IdToString(c.id)},
      now);
  if (!started.ok()) return started.status();
  *approval_id = started->approval_id;
  return started->approved_at_once;
}

Status ConfirmReceipt(Connection& conn, Id tenant_id, const Receipt& r, bool confirmed) {
  if (Status s = SettleClaim(conn, tenant_id, r.contract_id, r.amount_fen, confirmed); !s.ok()) return s;
  if (Status s = SetReceiptStatus(conn, tenant_id, r.id, confirmed ? "confirmed" : "rejected", std::nullopt); !s.ok())
    return s;
  if (!confirmed) return Status::Ok();
  if (Status s = ApplyAllocations(conn, tenant_id, r); !s.ok()) return s;
  auto c = GetContract(conn, tenant_id, r.contract_id, "9999-12-31");
  if (!c.ok()) return c.status();
  return SyncInstalments(conn, tenant_id, c->id, c->status, c->owner_id, c->customer_id);
}

}  // namespace detail

namespace {
using namespace detail;

// Whether the caller may read the contract (and so the approvals of it and its parts).
bool CanReadContract(Connection& conn, const org::Caller& caller, Id contract_id) {
  return DetailOf(conn, caller, contract_id, 0).ok();
}

// contract and discount: approved → active (with the deal customer, feed and notification);
// otherwise back to draft, approvalStatus saying why.
class ContractSubject : public approvals::SubjectHandler {
 public:
  Status OnDecided(Connection& conn, const org::Caller& by, Id subject_id, approvals::Outcome outcome, Id approval_id,
                   Instant now) override {
    auto c = GetContract(conn, by.tenant_id, subject_id, "9999-12-31");
    if (!c.ok()) return c.status();
    if (c->status != "pending" || c->approval_id != approval_id) return Status::Ok();  // no longer this approval's
    if (outcome == approvals::Outcome::kApproved) return Activate(conn, by, *c, approval_id, now);
    const std::int64_t expected = c->version;
    c->status = "draft";
    c->approval_status = approvals::OutcomeName(outcome);
    c->updated_at = now;
    auto set = SetContractState(conn, by.tenant_id, *c, expected);
    if (!set.ok()) return set.status();
    // A pending contract is locked, so its version cannot move under the decision.
    return *set ? Status::Ok() : Status::Error("conflict", "The contract changed under the decision.");
  }
  bool CanRead(Connection& conn, const org::Caller& caller, Id subject_id) override {
    return CanReadContract(conn, caller, subject_id);
  }
};

// contract_change: approved → the new money fields applied (version + 1); otherwise closed.
class ChangeSubject : public approvals::SubjectHandler {
 public:
  Status OnDecided(Connection& conn, const org::Caller& by, Id subject_id, approvals::Outcome outcome, Id approval_id,
                   Instant now) override {
    auto order = GetChange(conn, by.tenant_id, subject_id);
    if (!order.ok()) return order.status();
    if (order->status != "pending") return Status::Ok();
    if (outcome == approvals::Outcome::kApproved) {
      auto c = GetContract(conn, by.tenant_id, order->contract_id, "9999-12-31");
      if (!c.ok()) return c.status();
      // Money received meanwhile may have gone past the new total: the decision fails.
      if (order->after.total_fen < c->claimed_fen) {
        Status e = Status::Error("contract.below_received", "The total cannot go below what was received.");
        e.With("receivedFen", c->claimed_fen);
        return e;
      }
      if (Status s = ApplyMoney(conn, by.tenant_id, *c, order->after, now); !s.ok()) return s;
      if (Status s = audit::RecordAction(conn, by, now, "contract.change", "contract", c->id); !s.ok()) return s;
    }
    return SetChangeStatus(conn, by.tenant_id, subject_id, approvals::OutcomeName(outcome), approval_id, now);
  }
  bool CanRead(Connection& conn, const org::Caller& caller, Id subject_id) override {
    auto order = GetChange(conn, caller.tenant_id, subject_id);
    return order.ok() && CanReadContract(conn, caller, order->contract_id);
  }
};

// receipt: approved → confirmed (received, allocated); otherwise rejected (its claim given back).
class ReceiptSubject : public approvals::SubjectHandler {
 public:
  Status OnDecided(Connection& conn, const org::Caller& by, Id subject_id, approvals::Outcome outcome, Id approval_id,
                   Instant) override {
    auto r = GetReceipt(conn, by.tenant_id, subject_id);
    // A pending receipt deleted meanwhile gave its claim back already: nothing is left to decide.
    if (!r.ok()) return r.status().code() == "not_found" ? Status::Ok() : r.status();
    // A receipt restored from the recycle bin was submitted anew: its earlier approval decides nothing.
    if (r->status != "pending" || r->approval_id != approval_id) return Status::Ok();
    return ConfirmReceipt(conn, by.tenant_id, *r, outcome == approvals::Outcome::kApproved);
  }
  bool CanRead(Connection& conn, const org::Caller& caller, Id subject_id) override {
    auto r = GetReceipt(conn, caller.tenant_id, subject_id);
    return r.ok() && CanReadContract(conn, caller, r->contract_id);
  }
};

}  // namespace

void RegisterAttachmentReaders() { activity::RegisterAttachmentReader("contract", CanReadContract); }

void RegisterApprovalSubjects(approvals::SubjectRegistry& registry) {
  auto contract = std::make_shared<ContractSubject>();
  registry.Register("contract", contract);
  registry.Register("discount", contract);
  registry.Register("contract_change", std::make_shared<ChangeSubject>());
  registry.Register("receipt", std::make_shared<ReceiptSubject>());
}

}  // namespace quanke::contracts
