#include "domain/activity/follow_up_repository.h"

#include <map>

#include "domain/activity/repository_params.h"

namespace quanke::activity {
namespace {
using internal::AppendCursor;
using internal::AppendIds;
using storage::Connection;
using storage::Params;
using storage::V;

Attachment ReadAttachment(const storage::Row& row) {
  return {row.Int(0), row.Int(1),  row.Text(2),   row.Text(3),
          row.Int(4), row.Text(5), row.OptInt(6), row.Int(7)};
}

// Live follow-ups matching `where` (params from $2 on; $1 is the tenant) and `tail`, each with
// its attachments. The customer's, author's and contact's names are joined for the answer
// (customers and org own those tables; the joins stay here for the lists).
Result<std::vector<FollowUp>> ReadFollowUps(Connection& conn, const org::Caller& caller,
                                            const std::string& where, const Params& params,
                                            const std::string& tail) {
  auto r = conn.Query(
      "SELECT f.id, f.customer_id, cu.name, f.author_id, u.name, f.type, f.text, f.contact_id, "
      "ct.name, f.next_follow_up_at, f.created_at, (SELECT fi.id FROM feed_items fi WHERE "
      "fi.tenant_id = f.tenant_id AND fi.follow_up_id = f.id LIMIT 1), f.lead_id FROM follow_ups f LEFT JOIN "
      "customers cu ON cu.tenant_id = f.tenant_id AND cu.id = f.customer_id LEFT JOIN users u ON "
      "u.tenant_id = f.tenant_id AND u.id = f.author_id LEFT JOIN contacts ct ON ct.tenant_id = "
      "f.tenant_id AND ct.id = f.contact_id WHERE f.tenant_id = $1 AND f.deleted_at IS NULL AND " +
          where + " " + tail,
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
    f.lead_id = row.OptInt(12);
    out.push_back(std::move(f));
  }
  if (out.empty()) return out;
  std::vector<Id> ids;
  for (const auto& f : out) ids.push_back(f.id);
  Params p{V(caller.tenant_id)};
  const std::string in = AppendIds(p, ids);
  auto a = conn.Query(
      "SELECT id, uploader_id, name, content_type, size, sha256, follow_up_id, created_at FROM "
      "attachments WHERE tenant_id = $1 AND follow_up_id IN (" +
          in + ") ORDER BY id",
      p);
  if (!a.ok()) return a.status();
  std::map<Id, std::vector<Attachment>> by;
  for (const auto& row : a->rows) by[row.Int(6)].push_back(ReadAttachment(row));
  for (auto& f : out) f.attachments = by[f.id];
  return out;
}

}  // namespace

Result<FollowUp> GetFollowUp(Connection& conn, const org::Caller& caller, Id id) {
  auto f = ReadFollowUps(conn, caller, "f.id = $2", {V(caller.tenant_id), V(id)}, "");
  if (!f.ok()) return f.status();
  if (f->empty()) return Status::NotFound();
  return f->front();
}

Result<std::vector<FollowUp>> FollowUpsWithIds(Connection& conn, const org::Caller& caller,
                                               const std::vector<Id>& ids) {
  if (ids.empty()) return std::vector<FollowUp>();
  Params params{V(caller.tenant_id)};
  const std::string in = AppendIds(params, ids);
  return ReadFollowUps(conn, caller, "f.id IN (" + in + ")", params, "");
}

Result<Page<FollowUp>> ListFollowUps(Connection& conn, const org::Caller& caller, Id customer_id,
                                     const PageRequest& page) {
  std::string where = "f.customer_id = $2";
  Params params{V(caller.tenant_id), V(customer_id)};
  if (Status c = AppendCursor(page, " AND f.id < ", where, params); !c.ok()) return c;
  auto list = ReadFollowUps(conn, caller, where, params,
                            "ORDER BY f.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<FollowUp> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Result<Page<FollowUp>> ListLeadFollowUps(Connection& conn, const org::Caller& caller, Id lead_id,
                                         const PageRequest& page) {
  std::string where = "f.lead_id = $2";
  Params params{V(caller.tenant_id), V(lead_id)};
  if (Status c = AppendCursor(page, " AND f.id < ", where, params); !c.ok()) return c;
  auto list = ReadFollowUps(conn, caller, where, params,
                            "ORDER BY f.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<FollowUp> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Status MoveLeadFollowUps(Connection& conn, const org::Caller& caller, Id lead_id, Id customer_id) {
  if (Status s = conn.Defer(
          "UPDATE feed_items SET customer_id = $3 WHERE tenant_id = $1 AND follow_up_id IN (SELECT "
          "f.id FROM follow_ups f WHERE f.tenant_id = $1 AND f.lead_id = $2)",
          {V(caller.tenant_id), V(lead_id), V(customer_id)});
      !s.ok())
    return s;
  return conn.Defer("UPDATE follow_ups SET customer_id = $3 WHERE tenant_id = $1 AND lead_id = $2",
                    {V(caller.tenant_id), V(lead_id), V(customer_id)});
}

Result<std::optional<Instant>> LatestFollowUpAt(Connection& conn, const org::Caller& caller, Id customer_id,
                                                bool visits_only) {
  auto r = conn.Query(std::string("SELECT MAX(created_at) FROM follow_ups WHERE tenant_id = $1 AND customer_id = $2 AND ") +
                          (visits_only ? "type = 'visit' AND " : "") + "deleted_at IS NULL",
                      {V(caller.tenant_id), V(customer_id)});
  if (!r.ok()) return r.status();
  return r->front().OptInt(0);
}

Status InsertFollowUp(Connection& conn, const org::Caller& caller, const FollowUp& f) {
  return conn.Exec(
      "INSERT INTO follow_ups (tenant_id, id, customer_id, author_id, type, text, contact_id, "
      "next_follow_up_at, created_at, lead_id, opportunity_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {V(caller.tenant_id), V(f.id), V(f.customer_id), V(caller.user_id), V(f.type), V(f.text),
       V(f.contact_id), V(f.next_follow_up_at), V(f.created_at), V(f.lead_id), V(f.opportunity_id)});
}

Result<bool> AttachToFollowUp(Connection& conn, const org::Caller& caller, Id attachment_id,
                              Id follow_up_id) {
  auto r = conn.Query(
      "UPDATE attachments SET follow_up_id = $3 WHERE tenant_id = $1 AND id = $2 AND uploader_id = "
      "$4 AND follow_up_id IS NULL",
      {V(caller.tenant_id), V(attachment_id), V(follow_up_id), V(caller.user_id)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

Status MarkFollowUpDeleted(Connection& conn, const org::Caller& caller, Id id, Instant at) {
  return conn.Exec("UPDATE follow_ups SET deleted_at = $3, deleted_by = $4 WHERE tenant_id = $1 AND id = $2",
                   {V(caller.tenant_id), V(id), V(at), V(caller.user_id)});
}

Result<std::optional<RestoredFollowUp>> MarkFollowUpLive(Connection& conn, const org::Caller& caller, Id id) {
  auto r = conn.Query(
      "UPDATE follow_ups SET deleted_at = NULL, deleted_by = NULL WHERE tenant_id = $1 AND id = $2 AND deleted_at IS "
      "NOT NULL RETURNING customer_id, type, created_at",
      {V(caller.tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<RestoredFollowUp>{};
  const auto& row = r->front();
  return std::optional<RestoredFollowUp>{RestoredFollowUp{row.Int(0), row.Text(1), row.Int(2)}};
}

Status InsertAttachment(Connection& conn, const org::Caller& caller, const Attachment& a) {
  return conn.Exec(
      "INSERT INTO attachments (tenant_id, id, uploader_id, name, content_type, size, sha256, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {V(caller.tenant_id), V(a.id), V(a.uploader_id), V(a.name), V(a.content_type), V(a.size),
       V(a.sha256), V(a.created_at)});
}

Result<StoredAttachment> GetAttachment(Connection& conn, const org::Caller& caller, Id id) {
  auto r = conn.Query(
      "SELECT a.id, a.uploader_id, a.name, a.content_type, a.size, a.sha256, a.follow_up_id, "
      "a.created_at, f.customer_id FROM attachments a LEFT JOIN follow_ups f ON f.tenant_id = "
      "a.tenant_id AND f.id = a.follow_up_id AND f.deleted_at IS NULL WHERE a.tenant_id = $1 AND "
      "a.id = $2",
      {V(caller.tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  const auto& row = r->front();
  return StoredAttachment{ReadAttachment(row), row.OptInt(8)};
}

Result<std::optional<std::string>> UnattachedUpload(storage::Connection& conn, Id tenant_id,
                                                    Id attachment_id, Id uploader_id) {
  auto r = conn.Query(
      "SELECT sha256 FROM attachments WHERE tenant_id = $1 AND id = $2 AND uploader_id = $3 AND "
      "check_in_id IS NULL AND follow_up_id IS NULL",
      {V(tenant_id), V(attachment_id), V(uploader_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->front().Text(0));
}

Result<bool> PhotoOfAnyCheckIn(storage::Connection& conn, Id tenant_id, const std::string& sha256) {
  auto r = conn.Query(
      "SELECT 1 FROM attachments WHERE tenant_id = $1 AND sha256 = $2 AND check_in_id IS NOT NULL "
      "LIMIT 1",
      {V(tenant_id), V(sha256)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Status AttachToCheckIn(storage::Connection& conn, Id tenant_id, const std::vector<Id>& attachment_ids,
                       Id check_in_id) {
  for (Id att : attachment_ids)
    if (Status w =
            conn.Exec("UPDATE attachments SET check_in_id = $3 WHERE tenant_id = $1 AND id = $2",
                      {V(tenant_id), V(att), V(check_in_id)});
        !w.ok())
      return w;
  return Status::Ok();
}

}  // namespace quanke::activity
