#include "domain/activity/attachment_link_repository.h"

namespace quanke::activity {
using storage::Connection;
using storage::V;

Result<std::vector<Id>> LinkedAttachments(Connection& conn, Id tenant_id, const std::string& subject_type,
                                          Id subject_id) {
  auto r = conn.Query(
      "SELECT attachment_id FROM attachment_links WHERE tenant_id = $1 AND subject_type = $2 AND subject_id = $3",
      {V(tenant_id), V(subject_type), V(subject_id)});
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (const auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

Result<std::vector<Id>> OwnUploads(Connection& conn, const org::Caller& caller, const std::vector<Id>& ids) {
  std::vector<Id> out;
  for (Id id : ids) {
    auto r = conn.Query("SELECT id FROM attachments WHERE tenant_id = $1 AND id = $2 AND uploader_id = $3",
                        {V(caller.tenant_id), V(id), V(caller.user_id)});
    if (!r.ok()) return r.status();
    if (!r->empty()) out.push_back(id);
  }
  return out;
}

Status WriteLinks(Connection& conn, Id tenant_id, const std::string& subject_type, Id subject_id,
                  const std::vector<Id>& added, const std::vector<Id>& removed) {
  for (Id id : removed)
    if (Status s = conn.Defer("DELETE FROM attachment_links WHERE tenant_id = $1 AND attachment_id = $2 AND "
                              "subject_type = $3 AND subject_id = $4",
                              {V(tenant_id), V(id), V(subject_type), V(subject_id)});
        !s.ok())
      return s;
  for (Id id : added)
    if (Status s = conn.Defer("INSERT INTO attachment_links (tenant_id, attachment_id, subject_type, subject_id) "
                              "VALUES ($1, $2, $3, $4)",
                              {V(tenant_id), V(id), V(subject_type), V(subject_id)});
        !s.ok())
      return s;
  return Status::Ok();
}

Result<std::vector<std::pair<std::string, Id>>> LinksOf(Connection& conn, Id tenant_id, Id attachment_id) {
  auto r = conn.Query("SELECT subject_type, subject_id FROM attachment_links WHERE tenant_id = $1 AND attachment_id = $2",
                      {V(tenant_id), V(attachment_id)});
  if (!r.ok()) return r.status();
  std::vector<std::pair<std::string, Id>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Text(0), row.Int(1));
  return out;
}

}  // namespace quanke::activity
