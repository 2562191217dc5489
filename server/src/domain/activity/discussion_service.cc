// A customer's discussion (讨论区): the messages, and writing one with @mentions, which tells the
// mentioned people, the owner and the team.
#include "domain/activity/activity_internal.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/comment_repository.h"
#include "domain/org/user_repository.h"

namespace quanke::activity {
using namespace internal;
using storage::Connection;

Result<Page<Comment>> ActivityService::Discussion(const org::Caller& caller, Id customer_id,
                                                  const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto c = CustomerFor(**lease, caller, customer_id, false);
  if (!c.ok()) return c.status();
  return ListDiscussion(**lease, caller, customer_id, page);
}

Result<Comment> ActivityService::AddDiscussion(const org::Caller& caller, Id customer_id,
                                               const std::string& text,
                                               const std::vector<Id>& mention_ids) {
  if (Status v = CheckCommentText(text); !v.ok()) return v;
  const Instant now = clock_.Now();
  Result<Comment> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = CustomerFor(conn, caller, customer_id, false);
    if (!c.ok()) return c.status();
    auto message = WriteComment(conn, caller, std::nullopt, customer_id, text, mention_ids, now);
    if (!message.ok()) return message.status();
    const std::string who = org::UserName(conn, caller.tenant_id, caller.user_id);
    const std::set<Id> mentioned = MentionedIds(*message);
    if (Status w =
            NotifyAll(conn, caller.tenant_id, mentioned, caller.user_id, "discussion.mention",
                      {{"actor", who}, {"customer", c->name}}, customer_id, now);
        !w.ok())
      return w;
    auto others = OwnerAndTeam(conn, caller.tenant_id, *c);
    if (!others.ok()) return others.status();
    for (Id m : mentioned) others->erase(m);
    if (Status w = NotifyAll(conn, caller.tenant_id, *others, caller.user_id, "discussion.message",
                             {{"actor", who}, {"customer", c->name}}, customer_id, now);
        !w.ok())
      return w;
    out = GetComment(conn, caller, message->id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::activity
