#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/leads/lead_forms.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of web forms (lead_forms). Configuration takes the Caller; the public page, which has
// no caller, finds a form by its token alone.
namespace quanke::leads {

// The tenant's forms with their pool and source names, newest first.
Result<std::vector<LeadForm>> ListForms(storage::Connection& conn, const org::Caller& caller);
// not_found when the form is not the caller's tenant's.
Result<LeadForm> GetForm(storage::Connection& conn, const org::Caller& caller, Id id);
// System path (the public page): the form of `token` (enabled or not); not_found when none.
Result<LeadForm> FormByToken(storage::Connection& conn, const std::string& token);
// already_exists when the token is taken (one in 2^192: try another).
Status InsertForm(storage::Connection& conn, const org::Caller& caller, const LeadForm& f);
Status UpdateForm(storage::Connection& conn, const org::Caller& caller, const LeadForm& f);
Status DeleteForm(storage::Connection& conn, const org::Caller& caller, Id id);

}  // namespace quanke::leads
