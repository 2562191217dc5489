// Attachments: uploading a file (stored by SHA-256, type sniffed from the bytes) and
// downloading one the caller uploaded or may see the follow-up of.
#include "domain/activity/activity_internal.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/attachment_links.h"
#include "domain/activity/follow_up_repository.h"

namespace quanke::activity {
using namespace internal;
using storage::Connection;

Result<Attachment> ActivityService::Upload(const org::Caller& caller, const std::string& filename,
                                           const std::string& client_type,
                                           const std::string& bytes) {
  if (bytes.empty()) return Status::Error("attachment.empty", "The file is empty.");
  if (bytes.size() > files::kMaxUploadBytes)
    return Status::Error("request.too_large", "The file is too large.");
  const std::string type = files::SniffContentType(bytes, client_type, filename);
  if (type.empty())
    return Status::Error(
        "attachment.type_not_allowed",
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
  Status s = storage::InTransaction(
      db_, [&](Connection& conn) { return InsertAttachment(conn, caller, a); });
  if (!s.ok()) return s;
  return a;
}

Result<std::pair<Attachment, std::string>> ActivityService::Download(const org::Caller& caller,
                                                                     Id id) {
  Attachment a;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto stored = GetAttachment(**lease, caller, id);
    if (!stored.ok()) return stored.status();
    a = stored->attachment;
    // The uploader, whoever may read the follow-up it belongs to, or an object it is linked to.
    bool readable = a.uploader_id == caller.user_id ||
                    (stored->customer_id && CustomerFor(**lease, caller, *stored->customer_id, false).ok());
    if (!readable) {
      auto linked = ReadableThroughLinks(**lease, caller, id);
      if (!linked.ok()) return linked.status();
      readable = *linked;
    }
    if (!readable) return Status::NotFound();
  }
  auto bytes = files_.Get(a.sha256);
  if (!bytes.ok()) return Status::Internal("an attachment's file is missing: " + a.sha256);
  return std::make_pair(a, std::move(bytes.value()));
}

}  // namespace quanke::activity
