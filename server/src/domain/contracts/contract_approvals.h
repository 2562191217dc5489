#pragma once

#include "domain/approvals/approval_subjects.h"

// The contracts module as a subject of the approval engine (docs/api-approvals.md): contracts
// (types contract and discount), change orders (contract_change) and receipts (receipt).
namespace quanke::contracts {

// Registers the module's SubjectHandlers (once, at start-up).
void RegisterApprovalSubjects(approvals::SubjectRegistry& registry);
// Readers of a contract may download its attachments (once, at start-up).
void RegisterAttachmentReaders();

}  // namespace quanke::contracts
