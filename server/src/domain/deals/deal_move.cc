// DealService::Move: an opportunity goes to another stage of its process, in named steps —
// check the version and the stage, check the feedback of the stage being left and the reason of
// a close, write the move conditionally on the version, then its stage change, the customer's
// deal status when won, the feed item and the audit entry, all in one transaction.
#include <boost/json.hpp>

#include <algorithm>

#include "core/text_list.h"
#include "domain/activity/attachment_links.h"
#include "domain/activity/feed_repository.h"
#include "domain/activity/follow_up_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/deals/deal_codec.h"
#include "domain/deals/deal_internal.h"
#include "domain/deals/deal_rules.h"
#include "domain/deals/process_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"

namespace quanke::deals {
using storage::Connection;
using namespace detail;

namespace {

Status VersionConflict(std::int64_t current) {
  Status e = Status::Error("opportunity.version_conflict", "The opportunity was changed meanwhile; reload it.");
  e.With("version", current);
  return e;
}

// The feedback of the stage being left: field types (400), the attachments being the tenant's,
// then the required fields of a forward move (422 with the missing ones).
Result<boost::json::object> CheckStageFeedback(Connection& conn, const org::Caller& caller, Id opportunity_id,
                                               const Stage& from, const MoveInput& in, bool forward) {
  FeedbackCheck check = CheckFeedback(from.feedback_fields, in.feedback, forward);
  if (!check.issues.empty()) return Status::Validation(std::move(check.issues));
  // An attachment given is an upload of the caller (or one the opportunity holds already); it is
  // linked to the opportunity, so whoever may read the opportunity may download it.
  for (const auto& f : from.feedback_fields) {
    if (f.type != "attachment" || !check.clean.contains(f.key)) continue;
    const auto id = ParseId(std::string_view(check.clean.at(f.key).as_string()));
    if (!id) return Status::Validation({{"feedback." + f.key, "invalid_value"}});
    if (Status l = activity::LinkAttachments(conn, caller, "opportunity", opportunity_id, {*id}, "feedback." + f.key,
                                             activity::LinkMode::kAdd);
        !l.ok())
      return l;
  }
  if (!check.missing.empty()) {
    DetailObjects missing;
    for (const auto* f : check.missing) missing.push_back({{"key", f->key}, {"label", f->label}});
    Status e = Status::Error("opportunity.feedback_required", "The stage asks for feedback before moving on.");
    e.With("missing", std::move(missing));
    return e;
  }
  return std::move(check.clean);
}

// A close as lost or invalid names one of the process's reasons (any text when it lists none).
Status CheckReason(const SalesProcess& process, const Stage& to, const std::string& reason) {
  const auto& allowed = to.kind == "lost" ? process.lost_reasons : process.invalid_reasons;
  const bool blank = IsBlank(reason);
  const bool ok = allowed.empty() ? !blank && reason.size() <= 500
                                  : std::find(allowed.begin(), allowed.end(), reason) != allowed.end();
  if (ok) return Status::Ok();
  return Status::Error("opportunity.reason_required", "Give one of the process's reasons for closing it.");
}

Status CheckChecklist(const Stage& from, const std::vector<std::string>& done) {
  for (const auto& item : done)
    if (std::find(from.checklist.begin(), from.checklist.end(), item) == from.checklist.end())
      return Status::Validation({{"checklistDone", "invalid_value"}});
  return Status::Ok();
}

// The opportunity after entering `to` at `now`.
Opportunity Entered(Opportunity o, const Stage& to, const std::string& direction, const std::string& reason,
                    bool reset_probability, Instant now) {
  o.stage_id = to.id;
  o.stage_position = to.position;
  if (to.kind == "open" || to.kind == "won") o.max_position = std::max(o.max_position, to.position);
  o.stage_entered_at = now;
  std::tie(o.probability, o.probability_set) = ProbabilityAfter(to, o.probability, o.probability_set, reset_probability);
  o.status = to.kind;
  o.close_reason = direction == "close" ? reason : "";
  o.closed_at = to.kind == "open" ? std::nullopt : std::optional<Instant>(now);
  return o;
}

StageChange ChangeOf(const Opportunity& before, const Opportunity& after, const SalesProcess& process,
                     const Stage& from, const Stage& to, const std::string& direction,
                     const boost::json::object& feedback, const MoveInput& in, Id user_id, Instant now) {
  StageChange c;
  c.id = Ids().Next();
  c.opportunity_id = before.id;
  c.process_version = process.version;
  c.from_stage_id = from.id;
  c.from_name = from.name;
  c.to_stage_id = to.id;
  c.to_name = to.name;
  c.to_kind = to.kind;
  c.to_position = to.position;
  c.direction = direction;
  c.feedback = boost::json::serialize(feedback);
  c.feedback_fields = FieldsToJson(from.feedback_fields);
  c.checklist_done = in.checklist_done;
  c.reason = after.close_reason;
  c.ms_in_from = now - before.stage_entered_at;
  c.amount_fen = after.amount_fen;
  c.probability = after.probability;
  c.user_id = user_id;
  c.at = now;
  return c;
}

}  // namespace

Result<OpportunityDetail> DealService::Move(const org::Caller& caller, Id id, const MoveInput& in) {
  if (Status s = org::Require(caller, "opportunity.edit"); !s.ok()) return s;
  Result<OpportunityDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    // Step 1: the opportunity as the caller may change it, at the version they saw (its process
    // locked against a concurrent edit first).
    if (Status l = LockProcessOfOpportunity(conn, caller.tenant_id, id); !l.ok()) return l;
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    if (!current->can_move) return Status::Error("permission.denied", "You cannot move this opportunity.");
    const Opportunity& before = current->view.opportunity;
    if (in.version != before.version) return VersionConflict(before.version);
    // Step 2: where it goes, and whether it may.
    const SalesProcess& process = current->process;
    const Stage* from = process.StageById(before.stage_id);
    const Stage* to = process.StageById(in.stage_id);
    if (!from || !to) return Status::Error("opportunity.bad_stage", "That stage is not one this opportunity can enter.");
    const MoveClass move = ClassifyMove(process, *from, *to);
    if (move.error == "opportunity.stage_skipped") {
      Status e = Status::Error("opportunity.stage_skipped", "This process does not allow skipping stages.");
      e.With("nextStageId", IdToString(*move.next_stage_id));
      return e;
    }
    if (!move.error.empty())  // opportunity.bad_stage
      return Status::Error("opportunity.bad_stage", "That stage is not one this opportunity can enter.");
    // Step 3: what the stage being left asks for, and the reason of a close.
    if (Status c = CheckChecklist(*from, in.checklist_done); !c.ok()) return c;
    auto feedback = CheckStageFeedback(conn, caller, id, *from, in, move.direction == "forward");
    if (!feedback.ok()) return feedback.status();
    if (move.direction == "close")
      if (Status r = CheckReason(process, *to, in.reason); !r.ok()) return r;
    // Step 4: the move itself, only if nobody moved it first.
    const Opportunity after = Entered(before, *to, move.direction, in.reason, in.reset_probability, now);
    auto moved = MoveOpportunity(conn, caller.tenant_id, after, in.version);
    if (!moved.ok()) return moved.status();
    if (!*moved) {
      auto version = OpportunityVersion(conn, caller.tenant_id, id);
      if (!version.ok()) return version.status();
      if (!*version) return Status::NotFound();
      return VersionConflict(**version);
    }
    // Step 5: its record, the customer's deal status, the feed and the audit entry.
    if (Status w = InsertStageChange(conn, caller.tenant_id,
                                     ChangeOf(before, after, process, *from, *to, move.direction, *feedback, in,
                                              caller.user_id, now));
        !w.ok())
      return w;
    if (to->kind == "won")
      if (Status w = customers::MarkDealWon(conn, caller, before.customer_id, now); !w.ok()) return w;
    auto item = activity::AddFeedItem(conn, caller.tenant_id, "opportunity.moved", caller.user_id, before.customer_id,
                                      std::nullopt, before.name, now,
                                      {{"opportunityId", IdToString(id)}, {"opportunityName", before.name},
                                       {"fromName", from->name}, {"toName", to->name}, {"toKind", to->kind},
                                       {"direction", move.direction}});
    if (!item.ok()) return item.status();
    const std::string details = boost::json::serialize(boost::json::object{
        {"from", IdToString(from->id)}, {"to", IdToString(to->id)}, {"direction", move.direction}});
    if (Status w = audit::RecordAction(conn, caller, now, "opportunity.move", "opportunity", id, details); !w.ok())
      return w;
    // The answer: the detail read in step 1 with the opportunity as written (no second read).
    auto today = TodayOf(conn, caller.tenant_id, now);
    if (!today.ok()) return today.status();
    Opportunity written = after;
    written.stage_name = to->name;
    written.stage_kind = to->kind;
    written.last_activity_at = written.updated_at = now;
    written.version = before.version + 1;
    OpportunityDetail detail = std::move(*current);
    detail.view = ViewOf(std::move(written), *today);
    out = std::move(detail);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

void DealService::RegisterAttachmentReaders() {
  activity::RegisterAttachmentReader("opportunity", [](Connection& conn, const org::Caller& caller, Id id) {
    return DetailOf(conn, caller, id, 0).ok();
  });
}

}  // namespace quanke::deals
