#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// Attachments of objects other than follow-ups (a contract's files, a product's image, an
// expense claim's receipts, an opportunity's stage feedback). The module owning such an object
// links the uploads to it in its own write transaction, and registers once at start-up who may
// read objects of its type; a download is then allowed to the uploader, to whoever may read the
// follow-up it belongs to, and to whoever may read any object it is linked to.
namespace quanke::activity {

// Whether `caller` may read the object `subject_id` of the reader's type (inside a read transaction).
using AttachmentReader = std::function<bool(storage::Connection&, const org::Caller&, Id subject_id)>;

// Filled at start-up, before the server serves; read-only after.
void RegisterAttachmentReader(const std::string& subject_type, AttachmentReader reader);

// Inside the object's write transaction: the uploads linked to the object become exactly `ids`
// (kReplace: a form's attachment list) or gain them (kAdd: a record such as a stage's feedback).
// Each new one must be an upload of the tenant made by the caller (one already linked to this
// object is kept as it was): else validation.failed `field` invalid_value.
enum class LinkMode { kReplace, kAdd };
Status LinkAttachments(storage::Connection& conn, const org::Caller& caller, const std::string& subject_type,
                       Id subject_id, const std::vector<Id>& ids, const std::string& field,
                       LinkMode mode = LinkMode::kReplace);

// Whether an object `caller` may read holds the attachment (the download's last check).
Result<bool> ReadableThroughLinks(storage::Connection& conn, const org::Caller& caller, Id attachment_id);

}  // namespace quanke::activity
