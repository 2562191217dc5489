// Contacts (联系人) through CustomerService: listing them with the customer's detail, adding,
// changing and deleting one (the customer must be editable; phones pass the conflict check).
#include "core/mask.h"
#include "domain/customers/customer_service_internal.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"

namespace quanke::customers {
namespace {
using storage::Connection;

// ok when the caller may edit the customer's contacts; not_found when they may not see it.
Status RequireEditable(Connection& conn, const org::Caller& caller, Id customer_id, Instant now) {
  auto d = CustomerService::DetailOf(conn, caller, customer_id, now);
  if (!d.ok()) return d.status();
  if (!d->can_edit) return Status::Error("permission.denied", "You cannot edit this customer.");
  return Status::Ok();
}

// The contact as its customer's detail shows it to the caller: a writer who sees the customer
// masked gets its protected fields masked in the answer too.
Status AsDetailShows(Connection& conn, const org::Caller& caller, Contact& ct, Instant now) {
  auto d = CustomerService::DetailOf(conn, caller, ct.customer_id, now);
  if (!d.ok()) return d.status();
  for (auto& k : d->contacts)
    if (k.id == ct.id) ct = std::move(k);
  return Status::Ok();
}

// The conflict check of the numbers a contact input gives, against other customers.
Status RefusePhoneConflicts(Connection& conn, const org::Caller& caller, const ContactInput& in, Id customer_id,
                            Instant now) {
  std::vector<std::string> phones;
  if (in.mobile && *in.mobile) phones.push_back(**in.mobile);
  if (in.phone && *in.phone) phones.push_back(**in.phone);
  if (phones.empty()) return Status::Ok();
  ConflictQuery q{std::nullopt, std::nullopt, std::nullopt, phones, customer_id};
  return detail::RefuseConflicts(conn, caller, q, now);
}

// The customer's phones and search text follow its contacts.
Status ReindexAfterContactChange(Connection& conn, const org::Caller& caller, Id customer_id) {
  auto c = GetCustomer(conn, caller.tenant_id, customer_id);
  if (!c.ok()) return c.status();
  return ReindexCustomer(conn, caller, *c);
}

}  // namespace

Result<std::vector<Contact>> CustomerService::Contacts(const org::Caller& caller, Id customer_id) {
  auto detail = Get(caller, customer_id);
  if (!detail.ok()) return detail.status();
  return detail->contacts;
}

Result<Contact> CustomerService::AddContact(const org::Caller& caller, Id customer_id, const ContactInput& in) {
  if (Status s = detail::ValidateContact(in, true, ""); !s.ok()) return s;
  const Instant now = clock_.Now();
  Contact ct;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto added = AddContactIn(conn, caller, customer_id, in, now);
    if (!added.ok()) return added.status();
    ct = std::move(*added);
    return AsDetailShows(conn, caller, ct, now);
  });
  if (!s.ok()) return s;
  return ct;
}

Result<Contact> CustomerService::AddContactIn(Connection& conn, const org::Caller& caller, Id customer_id,
                                              const ContactInput& in, Instant now) {
  if (Status s = detail::ValidateContact(in, true, ""); !s.ok()) return s;
  if (Status r = RequireEditable(conn, caller, customer_id, now); !r.ok()) return r;
  if (Status r = RefusePhoneConflicts(conn, caller, in, customer_id, now); !r.ok()) return r;
  Contact ct;
  ct.id = Ids().Next();
  ct.customer_id = customer_id;
  detail::ApplyContact(in, ct);
  ct.created_at = ct.updated_at = now;
  ct.created_by = caller.user_id;
  if (Status w = InsertContact(conn, caller, ct); !w.ok()) return w;
  if (Status w = ReindexAfterContactChange(conn, caller, customer_id); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "contact.create", "contact", ct.id); !w.ok()) return w;
  return ct;
}

Result<Contact> CustomerService::UpdateContact(const org::Caller& caller, Id contact_id, const ContactInput& in) {
  const Instant now = clock_.Now();
  Contact ct;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = GetContact(conn, caller.tenant_id, contact_id);
    if (!current.ok()) return current.status();
    if (Status r = RequireEditable(conn, caller, current->customer_id, now); !r.ok()) return r;
    ct = *current;
    ContactInput edit = in;
    KeepUnmasked(edit.mobile, current->mobile);
    KeepUnmasked(edit.phone, current->phone);
    KeepUnmasked(edit.email, current->email);
    KeepUnmasked(edit.wechat, current->wechat);
    if (Status v = detail::ValidateContact(edit, false, ""); !v.ok()) return v;
    detail::ApplyContact(edit, ct);
    audit::Changes changes;
    changes.Add("name", current->name, ct.name);
    changes.Add("title", current->title, ct.title);
    changes.Add("mobile", current->mobile, ct.mobile);
    changes.Add("phone", current->phone, ct.phone);
    changes.Add("email", current->email, ct.email);
    changes.Add("wechat", current->wechat, ct.wechat);
    changes.Add("birthday", current->birthday, ct.birthday);
    changes.Add("isPrimary", current->is_primary, ct.is_primary);
    changes.Add("notes", current->notes, ct.notes);
    if (Status r = RefusePhoneConflicts(conn, caller, in, ct.customer_id, now); !r.ok()) return r;
    ct.updated_at = now;
    if (Status w = customers::UpdateContact(conn, caller, ct); !w.ok()) return w;
    if (Status w = ReindexAfterContactChange(conn, caller, ct.customer_id); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "contact.update", "contact", ct.id,
                                       changes.Json(R"({"customerId":")" + IdToString(ct.customer_id) + "\"}"));
        !w.ok())
      return w;
    return AsDetailShows(conn, caller, ct, now);
  });
  if (!s.ok()) return s;
  return ct;
}

Status CustomerService::DeleteContact(const org::Caller& caller, Id contact_id) {
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = GetContact(conn, caller.tenant_id, contact_id);
    if (!current.ok()) return current.status();
    if (Status r = RequireEditable(conn, caller, current->customer_id, now); !r.ok()) return r;
    if (Status w = customers::DeleteContact(conn, caller, contact_id, now); !w.ok()) return w;
    if (Status w = ReindexAfterContactChange(conn, caller, current->customer_id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "contact.delete", "contact", contact_id);
  });
}

}  // namespace quanke::customers
