// Helpers shared by the ActivityService files: the access check on a record's customer, the
// notifications of the owner, team and mentioned people, and writing a comment.
#include "core/text_list.h"
#include "domain/activity/activity_internal.h"

#include "domain/activity/comment_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/notify/notifications.h"
#include "domain/org/user_repository.h"

namespace quanke::activity::internal {
using storage::Connection;

Result<customers::Customer> CustomerFor(Connection& conn, const org::Caller& caller, Id customer_id,
                                        bool write) {
  auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
  if (!c.ok()) return c.status();
  auto a = customers::AccessTo(conn, caller, *c);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  if (write && !(a->owner || a->in_scope || a->team_write))
    return Status::Error("permission.denied",
                         "Only the owner, their managers and the team may write here.");
  return c;
}

Status NotifyAll(Connection& conn, Id tenant_id, const std::set<Id>& users, Id author,
                 const char* type, const notify::NotificationParams& params,
                 std::optional<Id> customer_id, Instant at) {
  for (Id u : users) {
    if (u == author) continue;
    notify::Notification n;
    n.user_id = u;
    n.type = type;
    n.params = params;
    n.object_type = customer_id ? "customer" : "";
    n.object_id = customer_id;
    n.created_at = at;
    if (Status s = notify::Send(conn, tenant_id, n); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::set<Id>> OwnerAndTeam(Connection& conn, Id tenant_id, const customers::Customer& c) {
  std::set<Id> out;
  if (c.owner_id) out.insert(*c.owner_id);
  auto team = customers::ListTeam(conn, tenant_id, c.id);
  if (!team.ok()) return team.status();
  for (const auto& t : *team) out.insert(t.user_id);
  return out;
}

Status CheckCommentText(const std::string& text) {
  if (IsBlank(text))
    return Status::Validation({{"text", "required"}});
  if (text.size() > 8000) return Status::Validation({{"text", "too_long"}});
  return Status::Ok();
}

Result<Comment> WriteComment(Connection& conn, const org::Caller& caller, std::optional<Id> item_id,
                             std::optional<Id> customer_id, const std::string& text,
                             const std::vector<Id>& mention_ids, Instant at) {
  Comment c;
  std::set<Id> seen;
  for (Id id : mention_ids) {
    if (!seen.insert(id).second) continue;
    auto name = org::ActiveUserName(conn, caller.tenant_id, id);
    if (!name.ok()) return name.status();
    if (!*name) return Status::Validation({{"mentions", "invalid_value"}});
    c.mentions.push_back({id, **name});
  }
  c.id = Ids().Next();
  c.item_id = item_id;
  c.customer_id = customer_id;
  c.author_id = caller.user_id;
  c.text = text;
  c.created_at = at;
  if (Status w = InsertComment(conn, caller, c); !w.ok()) return w;
  return c;
}

std::set<Id> MentionedIds(const Comment& c) {
  std::set<Id> out;
  for (const auto& m : c.mentions) out.insert(m.id);
  return out;
}

}  // namespace quanke::activity::internal
