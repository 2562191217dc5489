#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/ids.h"
#include "storage/database.h"

namespace quanke::org {

// Field protection (号码保护, PRODUCT.md §11; docs/api-customers.md "Field protection"): which
// fields of its records a tenant protects. A protected field is masked (138****5678) for readers
// who neither own the record nor hold field.view_protected, on every surface that shows it, and is
// shown in clear only by an audited reveal. Stored as the tenant setting 'protection'.
struct Protection {
  // The built-in fields that can be protected. "phone" is the customer's company phone and a
  // contact's or lead's landline; "address" the customer's street address.
  static const std::set<std::string>& BuiltIn();
  // phone, mobile, email and wechat: what every tenant protected before it could choose.
  static Protection Default();

  std::set<std::string> fields;                                // of BuiltIn()
  std::map<std::string, std::set<std::string>> custom_fields;  // object (customer, lead) → keys

  bool Protects(std::string_view field) const { return fields.count(std::string(field)) > 0; }
  // The protected custom field keys of `object` (empty when none).
  const std::set<std::string>& CustomKeys(const std::string& object) const;
  // Whether a record of `object` (customer, lead) has anything to mask; a customer's contacts
  // (mobile, phone, email, wechat) are masked with it.
  bool Any(const std::string& object) const;
  // Whether the numbers a search matches by digits (phones and mobiles) are protected.
  bool Numbers() const { return Protects("phone") || Protects("mobile"); }
};

std::string ProtectionJson(const Protection& p);
Protection ProtectionFromJson(const std::string& text);

Result<Protection> LoadProtection(storage::Connection& conn, Id tenant_id);
Status SaveProtection(storage::Connection& conn, Id tenant_id, const Protection& p);

// `details` (an audit entry's) with the before/after values of the fields `p` protects masked in
// its changes: built-in names on any object, `customFields.<key>` of the entry's object. A user's
// mobile and email are always masked (executive mode, 高管模式).
std::string MaskProtectedChanges(const std::string& details, const std::string& object_type, const Protection& p);

}  // namespace quanke::org
