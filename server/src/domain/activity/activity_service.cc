#include "domain/activity/activity_service.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/activity/activity_internal.h"
#include "domain/activity/feed_repository.h"
#include "domain/customers/ownership_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/customers/deadline.h"
#include "domain/pool/countdown.h"

namespace quanke::activity {
using storage::Connection;
using storage::V;

bool IsFollowUpType(std::string_view t) {
  return t == "call" || t == "visit" || t == "wechat" || t == "email" || t == "meeting" || t == "other";
}

namespace internal {

Result<customers::Customer> CustomerFor(Connection& conn, const org::Caller& caller, Id customer_id, bool write) {
  auto c = customers::GetCustomer(conn, caller.tenant_id, customer_id);
  if (!c.ok()) return c.status();
  auto a = customers::AccessTo(conn, caller, *c);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  if (write && !(a->owner || a->in_scope || a->team_write))
    return Status::Error("permission.denied", "Only the owner, their managers and the team may write here.");
  return c;
}

Status NotifyAll(Connection& conn, Id tenant_id, const std::set<Id>& users, Id author, const char* type,
                 const notify::NotificationParams& params, std::optional<Id> customer_id, Instant at) {
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

std::string UserName(Connection& conn, Id tenant_id, Id user_id) {
  auto r = conn.Query("SELECT name FROM users WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(user_id)});
  return r.ok() && !r->empty() ? r->front().Text(0) : std::string();
}

Result<std::vector<Mention>> CheckMentions(Connection& conn, Id tenant_id, const std::vector<Id>& ids) {
  std::vector<Mention> out;
  std::set<Id> seen;
  for (Id id : ids) {
    if (!seen.insert(id).second) continue;
    auto r = conn.Query("SELECT name FROM users WHERE tenant_id = $1 AND id = $2 AND status = 'active'",
                        {V(tenant_id), V(id)});
    if (!r.ok()) return r.status();
    if (r->empty()) return Status::Validation({{"mentions", "invalid_value"}});
    out.push_back({id, r->front().Text(0)});
  }
  return out;
}

std::string JoinIds(const std::vector<Mention>& m) {
  std::string out;
  for (const auto& x : m) {
    if (!out.empty()) out.push_back(',');
    out += std::to_string(x.id);
  }
  return out;
}

Result<std::vector<Comment>> LoadComments(Connection& conn, Id tenant_id, const std::string& where,
                                          storage::Params params, const std::string& tail) {
  auto r = conn.Query(
      "SELECT c.id, c.item_id, c.customer_id, c.author_id, u.name, c.text, c.mentions, c.created_at FROM comments c "
      "LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.author_id WHERE c.tenant_id = $1 AND " + where +
          " " + tail,
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
    const std::string ids = row.Text(6);
    size_t start = 0;
    while (start < ids.size()) {
      size_t comma = ids.find(',', start);
      if (comma == std::string::npos) comma = ids.size();
      const Id id = std::atoll(ids.substr(start, comma - start).c_str());
      c.mentions.push_back({id, UserName(conn, tenant_id, id)});
      start = comma + 1;
    }
    c.created_at = row.Int(7);
    out.push_back(std::move(c));
  }
  return out;
}

Result<Page<Comment>> CommentPage(Connection& conn, Id tenant_id, const std::string& where, storage::Params params,
                                  const PageRequest& page) {
  std::string clause = where;
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    clause += " AND c.id > $" + std::to_string(params.size() + 1);
    params.push_back(V(last));
  }
  auto list = LoadComments(conn, tenant_id, clause, params, "ORDER BY c.id ASC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<Comment> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Result<std::vector<FollowUp>> LoadFollowUps(Connection& conn, Id tenant_id, const std::string& where,
                                            storage::Params params, const std::string& tail) {
  auto r = conn.Query(
      "SELECT f.id, f.customer_id, cu.name, f.author_id, u.name, f.type, f.text, f.contact_id, ct.name, "
      "f.next_follow_up_at, f.created_at, (SELECT fi.id FROM feed_items fi WHERE fi.tenant_id = f.tenant_id AND "
      "fi.follow_up_id = f.id LIMIT 1) FROM follow_ups f "
      "LEFT JOIN customers cu ON cu.tenant_id = f.tenant_id AND cu.id = f.customer_id "
      "LEFT JOIN users u ON u.tenant_id = f.tenant_id AND u.id = f.author_id "
      "LEFT JOIN contacts ct ON ct.tenant_id = f.tenant_id AND ct.id = f.contact_id "
      "WHERE f.tenant_id = $1 AND f.deleted_at IS NULL AND " + where + " " + tail,
      params);
  if (!r.ok()) return r.status();
  std::vector<FollowUp> out;
  for (const auto& row : r->rows) {
    FollowUp f;
    f.id = row.Int(0);
    f.customer_id = row.Int(1);
    f.customer_name = row.Text(2);
    f.author_id = row.Int(3);
    f.author_name = row.Text(4);
    f.type = row.Text(5);
    f.text = row.Text(6);
    f.contact_id = row.OptInt(7);
    f.contact_name = row.Text(8);
    f.next_follow_up_at = row.OptInt(9);
    f.created_at = row.Int(10);
    f.feed_item_id = row.Int(11);
    out.push_back(std::move(f));
  }
  if (out.empty()) return out;
  std::string sql =
      "SELECT id, uploader_id, name, content_type, size, sha256, follow_up_id, created_at FROM attachments WHERE "
      "tenant_id = $1 AND follow_up_id IN (";
  storage::Params p{V(tenant_id)};
  for (size_t i = 0; i < out.size(); ++i) {
    sql += (i ? ", $" : "$") + std::to_string(i + 2);
    p.push_back(V(out[i].id));
  }
  auto a = conn.Query(sql + ") ORDER BY id", p);
  if (!a.ok()) return a.status();
  std::map<Id, std::vector<Attachment>> by;
  for (const auto& row : a->rows)
    by[row.Int(6)].push_back({row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Int(4), row.Text(5),
                              row.OptInt(6), row.Int(7)});
  for (auto& f : out) f.attachments = by[f.id];
  return out;
}

}  // namespace internal

using namespace internal;

// ---- Attachments ----

Result<Attachment> ActivityService::Upload(const org::Caller& caller, const std::string& filename,
                                           const std::string& client_type, const std::string& bytes) {
  if (bytes.empty()) return Status::Error("attachment.empty", "The file is empty.");
  if (bytes.size() > files::kMaxUploadBytes) return Status::Error("request.too_large", "The file is too large.");
  const std::string type = files::SniffContentType(bytes, client_type, filename);
  if (type.empty())
    return Status::Error("attachment.type_not_allowed",
                         "This kind of file cannot be attached (images, audio, PDF, text and Office files can).");
  auto sha = files_.Put(bytes);
  if (!sha.ok()) return sha.status();
  Attachment a;
  a.id = Ids().Next();
  a.uploader_id = caller.user_id;
  a.name = filename.empty() ? "file" : filename.substr(0, 200);
  a.content_type = type;
  a.size = static_cast<std::int64_t>(bytes.size());
  a.sha256 = *sha;
  a.created_at = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) {
    return conn.Exec(
        "INSERT INTO attachments (tenant_id, id, uploader_id, name, content_type, size, sha256, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {V(caller.tenant_id), V(a.id), V(a.uploader_id), V(a.name), V(a.content_type), V(a.size), V(a.sha256),
         V(a.created_at)});
  });
  if (!s.ok()) return s;
  return a;
}

Result<std::pair<Attachment, std::string>> ActivityService::Download(const org::Caller& caller, Id id) {
  Attachment a;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto r = (*lease)->Query(
        "SELECT a.id, a.uploader_id, a.name, a.content_type, a.size, a.sha256, a.follow_up_id, a.created_at, "
        "f.customer_id FROM attachments a LEFT JOIN follow_ups f ON f.tenant_id = a.tenant_id AND f.id = "
        "a.follow_up_id AND f.deleted_at IS NULL WHERE a.tenant_id = $1 AND a.id = $2",
        {V(caller.tenant_id), V(id)});
    if (!r.ok()) return r.status();
    if (r->empty()) return Status::NotFound();
    const auto& row = r->front();
    a = {row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Int(4), row.Text(5), row.OptInt(6), row.Int(7)};
    if (a.uploader_id != caller.user_id) {
      if (row.IsNull(8)) return Status::NotFound();
      auto c = CustomerFor(**lease, caller, row.Int(8), false);
      if (!c.ok()) return Status::NotFound();
    }
  }
  auto bytes = files_.Get(a.sha256);
  if (!bytes.ok()) return Status::Internal("an attachment's file is missing: " + a.sha256);
  return std::make_pair(a, std::move(bytes.value()));
}

// ---- Follow-ups ----

Result<FollowUp> WriteFollowUp(Connection& conn, const org::Caller& caller, Id customer_id, const FollowUpInput& in,
                               const Clock& clock, const customers::Customer* checked) {
  Instant now = clock.Now();
  std::vector<FieldIssue> issues;
  const std::string text = in.text.value_or("");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos && in.attachment_ids.empty())
    issues.push_back({"text", "required"});
  if (text.size() > 20000) issues.push_back({"text", "too_long"});
  if (in.type && !IsFollowUpType(*in.type)) issues.push_back({"type", "invalid_value"});
  if (in.attachment_ids.size() > 20) issues.push_back({"attachmentIds", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  if (in.next_follow_up_at && *in.next_follow_up_at < now - 24LL * 3600 * 1000)
    return Status::Validation({{"nextFollowUpAt", "invalid_value"}});
  // Access was checked before the write lock was taken (`checked`): inside it only confirm that
  // the customer has not changed hands or been deleted since; otherwise check again in full.
  Result<customers::Customer> c = Status::Internal("not checked");
  if (checked) {
    auto now_row = conn.Query("SELECT owner_id, deleted_at FROM customers WHERE tenant_id = $1 AND id = $2",
                              {V(caller.tenant_id), V(customer_id)});
    if (!now_row.ok()) return now_row.status();
    if (!now_row->empty() && now_row->front().OptInt(0) == checked->owner_id && now_row->front().IsNull(1)) c = *checked;
  }
  if (!c.ok()) c = CustomerFor(conn, caller, customer_id, true);
  if (!c.ok()) return c.status();
  if (in.contact_id) {
    auto ct = customers::GetContact(conn, caller.tenant_id, *in.contact_id);
    if (!ct.ok() || ct->customer_id != customer_id) return Status::Validation({{"contactId", "invalid_value"}});
  }
  // The time is read again just before the id is made (both are millisecond-ordered), so
  // ordering by id and by time agree even when this transaction waited for a lock.
  now = std::max(now, clock.Now());
  const Id id = Ids().Next();
  if (Status w = conn.Exec(
          "INSERT INTO follow_ups (tenant_id, id, customer_id, author_id, type, text, contact_id, "
          "next_follow_up_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
          {V(caller.tenant_id), V(id), V(customer_id), V(caller.user_id), V(in.type.value_or("other")), V(text),
           V(in.contact_id), V(in.next_follow_up_at), V(now)});
      !w.ok())
    return w;
  for (Id att : in.attachment_ids) {
    auto upd = conn.Query(
        "UPDATE attachments SET follow_up_id = $3 WHERE tenant_id = $1 AND id = $2 AND uploader_id = $4 AND "
        "follow_up_id IS NULL",
        {V(caller.tenant_id), V(att), V(id), V(caller.user_id)});
    if (!upd.ok()) return upd.status();
    if (upd->affected != 1) return Status::Validation({{"attachmentIds", "invalid_value"}});
  }
  // Writing a follow-up is contact with the customer: its reclaim clock starts again. It is not
  // an edit of the customer's fields, so `updated_at` stays (lists sort by `lastFollowUpAt` for
  // that); leaving it also spares the four indexes keyed by it a write per follow-up.
  if (Status w = customers::TouchFollowUp(conn, caller.tenant_id, customer_id, now, in.next_follow_up_at); !w.ok())
    return w;
  auto item = AddFeedItem(conn, caller.tenant_id, "followup", caller.user_id, customer_id, id, text, now);
  if (!item.ok()) return item.status();
  auto recipients = OwnerAndTeam(conn, caller.tenant_id, *c);
  if (!recipients.ok()) return recipients.status();
  const std::string who = UserName(conn, caller.tenant_id, caller.user_id);
  if (Status w = NotifyAll(conn, caller.tenant_id, *recipients, caller.user_id, "followup.created",
                           {{"actor", who}, {"customer", c->name}}, customer_id, now);
      !w.ok())
    return w;
  if (checked) {  // the caller reads it back after the commit, outside the write lock
    FollowUp f;
    f.id = id;
    f.customer_id = customer_id;
    return f;
  }
  auto loaded = LoadFollowUps(conn, caller.tenant_id, "f.id = $2", {V(caller.tenant_id), V(id)}, "");
  if (!loaded.ok()) return loaded.status();
  return loaded->front();
}

Result<FollowUp> ActivityService::CreateFollowUp(const org::Caller& caller, Id customer_id, const FollowUpInput& in) {
  if (Status s = org::Require(caller, "followup.create"); !s.ok()) return s;
  // Reads (access check, the written record) happen outside the single write lock, which is
  // held only for the writes themselves.
  Result<customers::Customer> checked = Status::Internal("not checked");
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    checked = CustomerFor(**lease, caller, customer_id, true);
    if (!checked.ok()) return checked.status();
  }
  Result<FollowUp> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    out = WriteFollowUp(conn, caller, customer_id, in, clock_, &*checked);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto loaded = LoadFollowUps(**lease, caller.tenant_id, "f.id = $2", {V(caller.tenant_id), V(out->id)}, "");
  if (!loaded.ok()) return loaded.status();
  if (loaded->empty()) return Status::NotFound();
  return loaded->front();
}

Result<Page<FollowUp>> ActivityService::FollowUps(const org::Caller& caller, Id customer_id, const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto c = CustomerFor(**lease, caller, customer_id, false);
  if (!c.ok()) return c.status();
  std::string where = "f.customer_id = $2";
  storage::Params params{V(caller.tenant_id), V(customer_id)};
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    where += " AND f.id < $3";
    params.push_back(V(last));
  }
  auto list = LoadFollowUps(**lease, caller.tenant_id, where, params,
                            "ORDER BY f.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<FollowUp> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Status ActivityService::DeleteFollowUp(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto f = LoadFollowUps(conn, caller.tenant_id, "f.id = $2", {V(caller.tenant_id), V(id)}, "");
    if (!f.ok()) return f.status();
    if (f->empty()) return Status::NotFound();
    auto c = CustomerFor(conn, caller, f->front().customer_id, false);
    if (!c.ok()) return c.status();
    const bool own_recent = f->front().author_id == caller.user_id && now - f->front().created_at < 24LL * 3600 * 1000;
    if (!own_recent && !caller.Can("followup.delete"))
      return Status::Error("permission.denied", "Only the author (within a day) or a manager can delete it.");
    if (Status w = conn.Exec("UPDATE follow_ups SET deleted_at = $3 WHERE tenant_id = $1 AND id = $2",
                             {V(caller.tenant_id), V(id), V(now)});
        !w.ok())
      return w;
    return conn.Exec("UPDATE feed_items SET deleted_at = $3 WHERE tenant_id = $1 AND follow_up_id = $2",
                     {V(caller.tenant_id), V(id), V(now)});
  });
}

// ---- Team ----

Result<std::vector<TeamMember>> ActivityService::Team(const org::Caller& caller, Id customer_id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto c = CustomerFor(**lease, caller, customer_id, false);
  if (!c.ok()) return c.status();
  std::vector<TeamMember> out;
  if (c->owner_id) out.push_back({*c->owner_id, c->owner_name, c->owner_department, "write", true});
  auto r = (*lease)->Query(
      "SELECT t.user_id, u.name, d.name, t.access FROM customer_team t JOIN users u ON u.tenant_id = t.tenant_id AND "
      "u.id = t.user_id LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id WHERE "
      "t.tenant_id = $1 AND t.customer_id = $2 ORDER BY u.name",
      {V(caller.tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows)
    if (!c->owner_id || row.Int(0) != *c->owner_id) out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), false});
  return out;
}

Result<TeamMember> ActivityService::AddTeamMember(const org::Caller& caller, Id customer_id, Id user_id,
                                                  const std::string& access) {
  if (access != "read" && access != "write") return Status::Validation({{"access", "invalid_value"}});
  const Instant now = clock_.Now();
  Result<TeamMember> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = CustomerFor(conn, caller, customer_id, false);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!(a->owner || (a->in_scope && caller.Can("customer.edit"))))
      return Status::Error("permission.denied", "Only the owner or their managers can change the team.");
    if (!c->owner_id) return Status::Error("pool.not_owned", "Pool customers have no team.");
    auto u = org::GetUser(conn, caller.tenant_id, user_id);
    if (!u.ok() || u->status != org::UserStatus::kActive || user_id == *c->owner_id)
      return Status::Validation({{"userId", "invalid_value"}});
    if (Status w = customers::AddTeamMember(conn, caller.tenant_id, customer_id, user_id, access, now); !w.ok()) return w;
    if (Status w = NotifyAll(conn, caller.tenant_id, {user_id}, caller.user_id, "customer.team_added",
                             {{"customer", c->name}}, customer_id, now);
        !w.ok())
      return w;
    out = TeamMember{user_id, u->name, u->department_name, access, false};
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ActivityService::RemoveTeamMember(const org::Caller& caller, Id customer_id, Id user_id) {
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = CustomerFor(conn, caller, customer_id, false);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!(a->owner || (a->in_scope && caller.Can("customer.edit")) || user_id == caller.user_id))
      return Status::Error("permission.denied", "Only the owner or their managers can change the team.");
    auto r = conn.Query("DELETE FROM customer_team WHERE tenant_id = $1 AND customer_id = $2 AND user_id = $3",
                        {V(caller.tenant_id), V(customer_id), V(user_id)});
    if (!r.ok()) return r.status();
    if (r->affected == 0) return Status::NotFound();
    return Status::Ok();
  });
}

// ---- Discussion ----

Result<Page<Comment>> ActivityService::Discussion(const org::Caller& caller, Id customer_id, const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto c = CustomerFor(**lease, caller, customer_id, false);
  if (!c.ok()) return c.status();
  return CommentPage(**lease, caller.tenant_id, "c.customer_id = $2 AND c.item_id IS NULL",
                     {V(caller.tenant_id), V(customer_id)}, page);
}

Result<Comment> ActivityService::AddDiscussion(const org::Caller& caller, Id customer_id, const std::string& text,
                                               const std::vector<Id>& mention_ids) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return Status::Validation({{"text", "required"}});
  if (text.size() > 8000) return Status::Validation({{"text", "too_long"}});
  const Instant now = clock_.Now();
  Result<Comment> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = CustomerFor(conn, caller, customer_id, false);
    if (!c.ok()) return c.status();
    auto mentions = CheckMentions(conn, caller.tenant_id, mention_ids);
    if (!mentions.ok()) return mentions.status();
    const Id id = Ids().Next();
    if (Status w = conn.Exec(
            "INSERT INTO comments (tenant_id, id, customer_id, author_id, text, mentions, created_at) VALUES ($1, $2, "
            "$3, $4, $5, $6, $7)",
            {V(caller.tenant_id), V(id), V(customer_id), V(caller.user_id), V(text), V(JoinIds(*mentions)), V(now)});
        !w.ok())
      return w;
    const std::string who = UserName(conn, caller.tenant_id, caller.user_id);
    std::set<Id> mentioned;
    for (const auto& m : *mentions) mentioned.insert(m.id);
    if (Status w = NotifyAll(conn, caller.tenant_id, mentioned, caller.user_id, "discussion.mention",
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
    auto loaded = LoadComments(conn, caller.tenant_id, "c.id = $2", {V(caller.tenant_id), V(id)}, "");
    if (!loaded.ok()) return loaded.status();
    out = loaded->front();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

// ---- Home to-dos ----

Result<Todos> ActivityService::HomeTodos(const org::Caller& caller, int forgotten_days) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const Instant now = clock_.Now();
  const LocalDate today = zone->DateOf(now);
  const Instant day_start = zone->StartOf(today), day_end = zone->StartOf(today + 1);
  Todos t;
  t.forgotten_days = forgotten_days;
  auto read = [&](const std::string& where, storage::Params params, std::vector<TodoCustomer>& into) -> Status {
    auto r = conn.Query(
        "SELECT id, name, next_follow_up_at, last_follow_up_at FROM customers WHERE tenant_id = $1 AND owner_id = $2 "
        "AND deleted_at IS NULL AND " + where + " LIMIT 50",
        params);
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) into.push_back({row.Int(0), row.Text(1), row.OptInt(2), row.OptInt(3), std::nullopt, ""});
    return Status::Ok();
  };
  const storage::Params base{V(caller.tenant_id), V(caller.user_id)};
  auto with = [&](std::initializer_list<storage::Value> extra) {
    storage::Params p = base;
    p.insert(p.end(), extra.begin(), extra.end());
    return p;
  };
  if (Status s = read("next_follow_up_at >= $3 AND next_follow_up_at < $4 ORDER BY next_follow_up_at",
                      with({V(day_start), V(day_end)}), t.due);
      !s.ok())
    return s;
  if (Status s = read("next_follow_up_at < $3 AND (last_follow_up_at IS NULL OR last_follow_up_at < next_follow_up_at) "
                      "ORDER BY next_follow_up_at",
                      with({V(day_start)}), t.overdue);
      !s.ok())
    return s;
  const Instant forgotten_before = now - static_cast<Instant>(forgotten_days) * 24 * 3600 * 1000;
  if (Status s = read("COALESCE(last_follow_up_at, created_at) < $3 ORDER BY COALESCE(last_follow_up_at, created_at)",
                      with({V(forgotten_before)}), t.forgotten);
      !s.ok())
    return s;
  // About to be reclaimed: the caller's customers whose countdown is within their pool's
  // reminder window.
  customers::CustomerFilter f;
  f.mine = true;
  PageRequest page;
  page.sort = "updatedAt";
  page.limit = 200;
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  for (int pages = 0; pages < 10; ++pages) {
    auto list = customers::ListCustomers(conn, caller, f, page);
    if (!list.ok()) return list.status();
    for (const auto& c : list->items) {
      auto d = customers::DeadlineOf(countdowns, c);
      if (!d.ok()) return d.status();
      if (!*d || !c.home_pool_id) continue;
      auto rules = countdowns.Rules(*c.home_pool_id);
      if (!rules.ok()) return rules.status();
      const int left = (*d)->reclaim_on - today;
      if (left <= std::max(1, (*rules)->rules.reminder_days))
        t.reclaim_soon.push_back({c.id, c.name, c.next_follow_up_at, c.last_follow_up_at, left, (*d)->rule});
    }
    if (!list->next_cursor) break;
    page.cursor = *list->next_cursor;
  }
  std::sort(t.reclaim_soon.begin(), t.reclaim_soon.end(),
            [](const TodoCustomer& a, const TodoCustomer& b) { return a.days_left < b.days_left; });
  return t;
}

}  // namespace quanke::activity
