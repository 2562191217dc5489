#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/ids.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// SQL of attachment_links (see attachment_links.h).
namespace quanke::activity {

Result<std::vector<Id>> LinkedAttachments(storage::Connection& conn, Id tenant_id, const std::string& subject_type,
                                          Id subject_id);
// Those of `ids` that are uploads of the caller in the caller's tenant.
Result<std::vector<Id>> OwnUploads(storage::Connection& conn, const org::Caller& caller, const std::vector<Id>& ids);
Status WriteLinks(storage::Connection& conn, Id tenant_id, const std::string& subject_type, Id subject_id,
                  const std::vector<Id>& added, const std::vector<Id>& removed);
// The objects (type, id) an attachment is linked to.
Result<std::vector<std::pair<std::string, Id>>> LinksOf(storage::Connection& conn, Id tenant_id, Id attachment_id);

}  // namespace quanke::activity
