#include "domain/activity/comment_repository.h"

#include "domain/activity/repository_params.h"
#include "domain/org/user_repository.h"

namespace quanke::activity {
namespace {
using internal::AppendCursor;
using internal::JoinIds;
using internal::SplitIds;
using storage::Connection;
using storage::Params;
using storage::V;

// The mentions column holds the mentioned ids.
std::string MentionIds(const std::vector<Mention>& mentions) {
  std::vector<Id> ids;
  for (const auto& m : mentions) ids.push_back(m.id);
  return JoinIds(ids);
}

// Comments matching `where` (params from $2 on; $1 is the tenant) and `tail`. The author's name
// is joined for the answer (org owns users; the join stays here for the lists).
Result<std::vector<Comment>> ReadComments(Connection& conn, const org::Caller& caller,
                                          const std::string& where, const Params& params,
                                          const std::string& tail) {
  auto r = conn.Query(
      "SELECT c.id, c.item_id, c.customer_id, c.author_id, u.name, c.text, c.mentions, "
      "c.created_at FROM comments c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = "
      "c.author_id WHERE c.tenant_id = $1 AND " +
          where + " " + tail,
      params);
  if (!r.ok()) return r.status();
  std::vector<Comment> out;
  for (const auto& row : r->rows) {
    Comment c;
    c.id = row.Int(0);
    c.item_id = row.OptInt(1);
    c.customer_id = row.OptInt(2);
    c.author_id = row.Int(3);
    c.author_name = row.Text(4);
    c.text = row.Text(5);
    for (Id id : SplitIds(row.Text(6)))
      c.mentions.push_back({id, org::UserName(conn, caller.tenant_id, id)});
    c.created_at = row.Int(7);
    out.push_back(std::move(c));
  }
  return out;
}

// A page of the comments matching `where` ($2 is `id`), oldest first.
Result<Page<Comment>> CommentPage(Connection& conn, const org::Caller& caller, std::string where,
                                  Id id, const PageRequest& page) {
  Params params{V(caller.tenant_id), V(id)};
  if (Status c = AppendCursor(page, " AND c.id > ", where, params); !c.ok()) return c;
  auto list = ReadComments(conn, caller, where, params,
                           "ORDER BY c.id ASC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<Comment> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

}  // namespace

Result<Comment> GetComment(Connection& conn, const org::Caller& caller, Id id) {
  auto list = ReadComments(conn, caller, "c.id = $2", {V(caller.tenant_id), V(id)}, "");
  if (!list.ok()) return list.status();
  if (list->empty()) return Status::NotFound();
  return list->front();
}

Result<std::vector<Comment>> LatestComments(Connection& conn, const org::Caller& caller, Id item_id,
                                            int count) {
  auto latest = ReadComments(conn, caller, "c.item_id = $2", {V(caller.tenant_id), V(item_id)},
                             "ORDER BY c.id DESC LIMIT " + std::to_string(count));
  if (!latest.ok()) return latest.status();
  return std::vector<Comment>(latest->rbegin(), latest->rend());
}

Result<Page<Comment>> ListItemComments(Connection& conn, const org::Caller& caller, Id item_id,
                                       const PageRequest& page) {
  return CommentPage(conn, caller, "c.item_id = $2", item_id, page);
}

Result<Page<Comment>> ListDiscussion(Connection& conn, const org::Caller& caller, Id customer_id,
                                     const PageRequest& page) {
  return CommentPage(conn, caller, "c.customer_id = $2 AND c.item_id IS NULL", customer_id, page);
}

Status InsertComment(Connection& conn, const org::Caller& caller, const Comment& c) {
  return conn.Exec(
      "INSERT INTO comments (tenant_id, id, item_id, customer_id, author_id, text, mentions, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {V(caller.tenant_id), V(c.id), V(c.item_id), V(c.customer_id), V(caller.user_id), V(c.text),
       V(MentionIds(c.mentions)), V(c.created_at)});
}

}  // namespace quanke::activity
