#include "domain/activity/attachment_links.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/activity/attachment_link_repository.h"

namespace quanke::activity {
namespace {

std::map<std::string, AttachmentReader>& Readers() {
  static std::map<std::string, AttachmentReader> readers;
  return readers;
}

}  // namespace

void RegisterAttachmentReader(const std::string& subject_type, AttachmentReader reader) {
  Readers()[subject_type] = std::move(reader);
}

Status LinkAttachments(storage::Connection& conn, const org::Caller& caller, const std::string& subject_type,
                       Id subject_id, const std::vector<Id>& ids, const std::string& field, LinkMode mode) {
  auto linked = LinkedAttachments(conn, caller.tenant_id, subject_type, subject_id);
  if (!linked.ok()) return linked.status();
  const std::set<Id> before(linked->begin(), linked->end());
  const std::set<Id> after(ids.begin(), ids.end());
  std::vector<Id> added;
  for (Id id : after)
    if (!before.count(id)) added.push_back(id);
  auto own = OwnUploads(conn, caller, added);
  if (!own.ok()) return own.status();
  if (own->size() != added.size()) return Status::Validation({{field, "invalid_value"}});
  std::vector<Id> removed;
  if (mode == LinkMode::kReplace)
    for (Id id : before)
      if (!after.count(id)) removed.push_back(id);
  return WriteLinks(conn, caller.tenant_id, subject_type, subject_id, added, removed);
}

Result<bool> ReadableThroughLinks(storage::Connection& conn, const org::Caller& caller, Id attachment_id) {
  auto links = LinksOf(conn, caller.tenant_id, attachment_id);
  if (!links.ok()) return links.status();
  for (const auto& [type, id] : *links) {
    auto it = Readers().find(type);
    if (it != Readers().end() && it->second(conn, caller, id)) return true;
  }
  return false;
}

}  // namespace quanke::activity
