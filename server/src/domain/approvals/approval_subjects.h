#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The seam between the approval engine and the modules whose objects it approves
// (docs/api-approvals.md, "The seam for subject modules"). A subject module (contracts: types
// contract, discount, contract_change, receipt) starts an approval inside its own write
// transaction with Start() and registers a SubjectHandler for its types when the app starts; the
// engine tells the handler how the approval ended inside the transaction of that decision, so
// the object and its approval never disagree.
namespace quanke::approvals {

// What is to be approved, as the subject module describes it.
struct Subject {
  std::string type;            // "contract", "discount", "contract_change", "receipt", ...
  Id id = 0;                   // the object's id in its module
  std::string title;           // shown in the inbox, e.g. "合同 HT202612060001 年度服务"
  std::int64_t amount_fen = 0; // the amount the flows' conditions compare
  std::string link;            // the web path of the object, e.g. "/contracts/123"
};

enum class Outcome { kApproved, kRejected, kReturned, kWithdrawn };
const char* OutcomeName(Outcome outcome);  // "approved", "rejected", "returned", "withdrawn"

// How Start() went: an approval now pending (approval_id set), or approved at once because no
// flow applies or every step was skipped (approval_id set too: the history says why).
struct Started {
  Id approval_id = 0;
  bool approved_at_once = false;
};

// Implemented by each subject module; one instance per subject type, registered at start-up.
class SubjectHandler {
 public:
  virtual ~SubjectHandler() = default;
  // Called inside the decision's write transaction when the approval ends (never for an approval
  // approved at once by Start: the caller of Start acts on `approved_at_once` itself). A failed
  // Status rolls the decision back and is answered to the approver.
  virtual Status OnDecided(storage::Connection& conn, const org::Caller& by, Id subject_id, Outcome outcome,
                           Id approval_id, Instant now) = 0;
  // Whether `caller` may read the object (and so its approvals) beyond the applicant and the
  // approvers. Inside a read transaction.
  virtual bool CanRead(storage::Connection& conn, const org::Caller& caller, Id subject_id) = 0;
};

// Subject types -> handlers. Filled once at start-up before the server serves; read-only after.
class SubjectRegistry {
 public:
  void Register(const std::string& type, std::shared_ptr<SubjectHandler> handler) { handlers_[type] = std::move(handler); }
  SubjectHandler* Find(const std::string& type) const {
    auto it = handlers_.find(type);
    return it == handlers_.end() ? nullptr : it->second.get();
  }

 private:
  std::map<std::string, std::shared_ptr<SubjectHandler>> handlers_;
};

// Starts an approval of `subject` for `applicant` (the caller) inside the caller's open write
// transaction: picks the flow, resolves the approvers, writes the approval, its tasks and history,
// and notifies the first step's approvers. validation.failed `subjectType` for an unknown type.
Result<Started> Start(storage::Connection& conn, const org::Caller& applicant, const Subject& subject, Instant now);

// Whether an enabled flow of `type` applies to `amount_fen` (the contracts module asks this to
// choose between the `discount` and the `contract` flow). Inside a transaction.
Result<bool> HasFlow(storage::Connection& conn, Id tenant_id, const std::string& type, std::int64_t amount_fen);

}  // namespace quanke::approvals
