// Web forms: their configuration, the public page's form and submissions with their abuse checks.
#include "core/text_list.h"
#include "domain/leads/lead_forms.h"

#include <sodium.h>

#include <algorithm>
#include <set>

#include "domain/leads/lead_form_repository.h"
#include "domain/leads/lead_internal.h"
#include "domain/leads/lead_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/pool_repository.h"

namespace quanke::leads {
using storage::Connection;

namespace {

constexpr std::int64_t kWindowMs = 60 * 1000;
constexpr std::size_t kPruneAbove = 10000;   // windows kept before expired ones are dropped
constexpr std::size_t kTokenLength = 32;
constexpr std::int64_t kMaxPerMinute = 1000000;

Status FormNotFound() { return Status::Error("form.not_found", "This form does not exist or is closed."); }

Status RateLimited(std::int64_t retry_after_s) {
  return Status::Error("rate_limited", "Too many submissions. Try again later.")
      .With("retryAfterSeconds", retry_after_s);
}

bool IsContactKey(const std::string& k) { return k == "mobile" || k == "phone" || k == "email" || k == "wechat"; }
bool IsNameKey(const std::string& k) { return k == "name" || k == "company"; }

// 32 characters of [A-Za-z0-9_-]: 192 random bits (each character is 6 bits of one random byte,
// so no value is likelier than another).
std::string NewToken() {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  unsigned char bytes[kTokenLength];
  randombytes_buf(bytes, sizeof bytes);
  std::string token(kTokenLength, '\0');
  for (std::size_t i = 0; i < kTokenLength; ++i) token[i] = kAlphabet[bytes[i] & 63];
  return token;
}

std::vector<FormField> DefaultFields() {
  return {{"name", "", true}, {"mobile", "", true}, {"company", "", false}, {"notes", "", false}};
}

// Checks the form's own fields (the pool and source need the database: CheckPlacement).
void CheckShape(const LeadForm& f, std::vector<FieldIssue>& issues) {
  if (IsBlank(f.name)) issues.push_back({"name", "required"});
  else if (f.name.size() > 200) issues.push_back({"name", "too_long"});
  if (f.campaign.size() > 200) issues.push_back({"campaign", "too_long"});
  if (f.thanks.size() > 1000) issues.push_back({"thanks", "too_long"});
  if (f.per_minute < 1 || f.per_minute > kMaxPerMinute) issues.push_back({"perMinute", "invalid_value"});
  std::set<std::string> keys;
  bool named = false, reachable = false, bad = false;
  for (const auto& field : f.fields) {
    const auto& known = FormFieldKeys();
    if (std::find(known.begin(), known.end(), field.key) == known.end() || !keys.insert(field.key).second) bad = true;
    if (field.label.size() > 100) issues.push_back({"fields", "too_long"});
    named = named || IsNameKey(field.key);
    reachable = reachable || IsContactKey(field.key);
  }
  // A lead needs a name or a company and a way to reach it: a form that cannot ask for both
  // could never be submitted.
  if (bad || !named || !reachable) issues.push_back({"fields", "invalid_value"});
}

// The pool must be a lead pool of the tenant, the source one of its sources.
Status CheckPlacement(Connection& conn, const org::Caller& caller, const LeadForm& f, Instant now) {
  std::vector<FieldIssue> issues;
  auto p = pool::GetPool(conn, caller, f.pool_id, now);
  if (!p.ok() && p.status().code() != "not_found") return p.status();
  if (!p.ok() || p->kind != "lead") issues.push_back({"poolId", "invalid_value"});
  if (f.source_id) {
    auto sources = ListSources(conn, caller.tenant_id);
    if (!sources.ok()) return sources.status();
    if (std::none_of(sources->begin(), sources->end(), [&](const LeadSource& s) { return s.id == *f.source_id; }))
      issues.push_back({"sourceId", "invalid_value"});
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

void ApplyInput(const LeadFormInput& in, LeadForm& f) {
  if (in.name) f.name = *in.name;
  if (in.pool_id) f.pool_id = *in.pool_id;
  if (in.source_id) f.source_id = *in.source_id;
  if (in.campaign) f.campaign = *in.campaign;
  if (in.fields) f.fields = *in.fields;
  if (in.thanks) f.thanks = *in.thanks;
  if (in.enabled) f.enabled = *in.enabled;
  if (in.per_minute) f.per_minute = *in.per_minute;
}

// Writes the form's text into the lead input it stands for.
void SetLeadField(LeadInput& in, const std::string& key, const std::string& value) {
  if (key == "name") in.name = value;
  else if (key == "company") in.company = value;
  else if (key == "mobile") in.mobile = std::optional<std::string>(value);
  else if (key == "phone") in.phone = std::optional<std::string>(value);
  else if (key == "email") in.email = std::optional<std::string>(value);
  else if (key == "wechat") in.wechat = std::optional<std::string>(value);
  else if (key == "title") in.title = value;
  else if (key == "province") in.province = value;
  else if (key == "city") in.city = value;
  else if (key == "industry") in.industry = value;
  else if (key == "notes") in.notes = value;
}

const FormField* FieldOf(const LeadForm& form, const std::string& key) {
  for (const auto& f : form.fields)
    if (f.key == key) return &f;
  return nullptr;
}

// The lead a submission makes, checked like one entered by hand; issues name "fields.<key>".
// The lead checks say "name" for "a name or a company" and "mobile" for "a way to reach it":
// on a form without that field they name the first such field the form has.
Result<Lead> LeadOf(const LeadForm& form, const FormSubmission& sub) {
  std::vector<FieldIssue> issues = sub.issues;
  LeadInput in;
  std::set<std::string> given;
  for (const auto& [key, value] : sub.fields) {
    if (!FieldOf(form, key)) {
      issues.push_back({"fields." + key, "invalid_value"});
      continue;
    }
    given.insert(key);
    SetLeadField(in, key, value);
    if (FieldOf(form, key)->required && IsBlank(value))
      issues.push_back({"fields." + key, "required"});
  }
  for (const auto& f : form.fields)
    if (f.required && !given.count(f.key) &&
        std::none_of(sub.issues.begin(), sub.issues.end(), [&](const FieldIssue& i) { return i.field == "fields." + f.key; }))
      issues.push_back({"fields." + f.key, "required"});
  Lead l;
  if (Status a = detail::Apply(in, l, /*creating=*/true); !a.ok()) {
    if (a.code() != "validation.failed") return a;
    for (const auto& i : a.fields()) {
      std::string key = i.field;
      if (!FieldOf(form, key) && i.issue == "required") {
        for (const auto& f : form.fields)
          if (key == "name" ? IsNameKey(f.key) : IsContactKey(f.key)) {
            key = f.key;
            break;
          }
      }
      FieldIssue issue{"fields." + key, i.issue};
      if (std::none_of(issues.begin(), issues.end(),
                       [&](const FieldIssue& x) { return x.field == issue.field && x.issue == issue.issue; }))
        issues.push_back(std::move(issue));
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return l;
}

}  // namespace

const std::vector<std::string>& FormFieldKeys() {
  static const std::vector<std::string> kKeys = {"name",     "company", "mobile", "phone",    "email", "wechat",
                                                 "title",    "province", "city",  "industry", "notes"};
  return kKeys;
}

bool MinuteLimiter::Admit(const std::string& key, std::int64_t limit, Instant now, std::int64_t* retry_after_s) {
  std::lock_guard lock(mu_);
  if (windows_.size() > kPruneAbove && now - last_prune_ >= 1000) {
    std::erase_if(windows_, [&](const auto& kv) { return now - kv.second.start >= kWindowMs; });
    last_prune_ = now;
  }
  Window& w = windows_[key];
  if (w.hits == 0 || now - w.start >= kWindowMs) w = {now, 0};
  if (w.hits >= limit) {
    *retry_after_s = std::max<std::int64_t>(1, (w.start + kWindowMs - now + 999) / 1000);
    return false;
  }
  ++w.hits;
  return true;
}

Result<std::vector<LeadForm>> LeadFormService::List(const org::Caller& caller) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListForms(**lease, caller);
}

Result<LeadForm> LeadFormService::Create(const org::Caller& caller, const LeadFormInput& in) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  LeadForm f;
  f.fields = DefaultFields();
  ApplyInput(in, f);
  std::vector<FieldIssue> issues;
  if (!in.pool_id) issues.push_back({"poolId", "required"});
  CheckShape(f, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  Result<LeadForm> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (Status c = CheckPlacement(conn, caller, f, now); !c.ok()) return c;
    f.id = Ids().Next();
    f.token = NewToken();
    f.created_at = f.updated_at = now;
    if (Status w = InsertForm(conn, caller, f); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead_form.create", "lead_form", f.id); !w.ok()) return w;
    out = GetForm(conn, caller, f.id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<LeadForm> LeadFormService::Update(const org::Caller& caller, Id id, const LeadFormInput& in) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  Result<LeadForm> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto f = GetForm(conn, caller, id);
    if (!f.ok()) return f.status();
    ApplyInput(in, *f);
    std::vector<FieldIssue> issues;
    CheckShape(*f, issues);
    if (!issues.empty()) return Status::Validation(std::move(issues));
    if (in.pool_id || (in.source_id && *in.source_id))
      if (Status c = CheckPlacement(conn, caller, *f, now); !c.ok()) return c;
    if (in.rotate_token) f->token = NewToken();
    f->updated_at = now;
    if (Status w = UpdateForm(conn, caller, *f); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, in.rotate_token ? "lead_form.rotate_token" : "lead_form.update",
                                       "lead_form", id);
        !w.ok())
      return w;
    out = GetForm(conn, caller, id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Status LeadFormService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto f = GetForm(conn, caller, id);
    if (!f.ok()) return f.status();
    if (Status w = DeleteForm(conn, caller, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "lead_form.delete", "lead_form", id);
  });
}

Result<PublicForm> LeadFormService::Public(const std::string& token) {
  if (token.size() != kTokenLength) return FormNotFound();
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto f = FormByToken(**lease, token);
  if (!f.ok()) return f.status().code() == "not_found" ? FormNotFound() : f.status();
  // An empty pool name: the pool was deleted, the form can take nothing.
  if (!f->enabled || f->pool_name.empty()) return FormNotFound();
  return PublicForm{f->name, f->fields, f->thanks};
}

Status LeadFormService::Submit(const std::string& token, const std::string& address, const FormSubmission& sub) {
  std::int64_t retry = 0;
  if (!per_address_.Admit(address, kPerAddressPerMinute, clock_.Now(), &retry)) return RateLimited(retry);
  if (token.size() != kTokenLength) return FormNotFound();
  Result<LeadForm> form = FormNotFound();
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    form = FormByToken(**lease, token);
  }
  if (!form.ok()) return form.status().code() == "not_found" ? FormNotFound() : form.status();
  if (!form->enabled || form->pool_name.empty()) return FormNotFound();
  if (!per_form_.Admit(IdToString(form->id), form->per_minute, clock_.Now(), &retry)) return RateLimited(retry);
  if (sub.honeypot_filled) return Status::Error("form.rejected", "The submission was rejected.");
  auto lead = LeadOf(*form, sub);
  if (!lead.ok()) return lead.status();
  Lead l = std::move(*lead);
  l.id = Ids().Next();
  l.pool_id = form->pool_id;
  // A source deleted since the form was saved shows as a nameless id: the lead has no source then.
  if (form->source_id && !form->source_name.empty()) l.source_id = form->source_id;
  l.campaign = form->campaign;
  l.form_id = form->id;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto id = LeadService::Intake(conn, form->tenant_id, l, clock_.Now());
    return id.ok() ? Status::Ok() : id.status();
  });
}

}  // namespace quanke::leads
