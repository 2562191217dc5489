// Web forms: their configuration (pool.configure) and the public page's two calls (no login).
#include <boost/json.hpp>

#include "domain/leads/lead_forms.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// A public submission is a few short fields: anything larger is refused before it is read.
constexpr std::size_t kMaxSubmissionBytes = 8 * 1024;

json::array FieldsJson(const std::vector<leads::FormField>& fields) {
  json::array a;
  for (const auto& f : fields) a.push_back(json::object{{"key", f.key}, {"label", f.label}, {"required", f.required}});
  return a;
}

json::object FormJson(const leads::LeadForm& f) {
  return json::object{{"id", IdToString(f.id)},
                      {"name", f.name},
                      {"token", f.token},
                      {"url", "/f/" + f.token},
                      {"poolId", IdToString(f.pool_id)},
                      {"poolName", NonEmpty(f.pool_name)},
                      {"sourceId", IdJson(f.source_id)},
                      {"sourceName", f.source_id ? NonEmpty(f.source_name) : json::value(nullptr)},
                      {"campaign", f.campaign},
                      {"enabled", f.enabled},
                      {"fields", FieldsJson(f.fields)},
                      {"thanks", f.thanks},
                      {"perMinute", f.per_minute},
                      {"createdAt", InstantJson(f.created_at)},
                      {"updatedAt", InstantJson(f.updated_at)}};
}

// [{key, label?, required?}]; a malformed entry is fields/invalid_value (the service checks the keys).
std::optional<std::vector<leads::FormField>> ReadFields(const json::object& obj, FieldReader& in) {
  const auto* v = obj.if_contains("fields");
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    in.AddIssue("fields", "wrong_type");
    return std::nullopt;
  }
  std::vector<leads::FormField> out;
  for (const auto& item : v->get_array()) {
    const auto* o = item.if_object();
    const auto* key = o ? o->if_contains("key") : nullptr;
    const auto* label = o ? o->if_contains("label") : nullptr;
    const auto* required = o ? o->if_contains("required") : nullptr;
    if (!key || !key->is_string() || (label && !label->is_string() && !label->is_null()) ||
        (required && !required->is_bool())) {
      in.AddIssue("fields", "invalid_value");
      return std::nullopt;
    }
    out.push_back({std::string(key->get_string()), label && label->is_string() ? std::string(label->get_string()) : "",
                   required && required->get_bool()});
  }
  return out;
}

Result<leads::LeadFormInput> ReadForm(const std::string& body, bool creating) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  leads::LeadFormInput f;
  f.name = in.String("name", creating, 200);
  f.pool_id = in.IdField("poolId", creating);
  f.source_id = in.NullableId("sourceId");
  f.campaign = in.String("campaign", false, 200);
  f.fields = ReadFields(*obj, in);
  f.thanks = in.String("thanks", false, 1000);
  f.enabled = in.Bool("enabled");
  f.per_minute = in.Int("perMinute");
  if (!creating) f.rotate_token = in.Bool("rotateToken").value_or(false);
  if (Status s = in.Finish(); !s.ok()) return s;
  return f;
}

Result<Response> ListForms(Context& ctx) {
  auto forms = ctx.services.lead_forms.List(ctx.caller);
  if (!forms.ok()) return forms.status();
  return JsonResponse(200, ListJson(*forms, FormJson));
}

Result<Response> CreateForm(Context& ctx) {
  auto in = ReadForm(ctx.req.body, true);
  if (!in.ok()) return in.status();
  auto f = ctx.services.lead_forms.Create(ctx.caller, *in);
  if (!f.ok()) return f.status();
  return JsonResponse(201, FormJson(*f));
}

Result<Response> UpdateForm(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadForm(ctx.req.body, false);
  if (!in.ok()) return in.status();
  auto f = ctx.services.lead_forms.Update(ctx.caller, *id, *in);
  if (!f.ok()) return f.status();
  return JsonResponse(200, FormJson(*f));
}

Result<Response> DeleteForm(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.lead_forms.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// ---- The public page (no login) ----

Result<Response> PublicForm(Context& ctx) {
  auto f = ctx.services.lead_forms.Public(ctx.req.path_params.at(0));
  if (!f.ok()) return f.status();
  Response r = JsonResponse(200, json::object{{"name", f->name}, {"fields", FieldsJson(f->fields)}, {"thanks", f->thanks}});
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

// {fields: {key: "text"…}, website: ""}. The text is kept as sent: the web escapes it where it
// shows it. `website` is the honeypot: people never see it, bots fill it.
Result<Response> SubmitForm(Context& ctx) {
  if (ctx.req.body.size() > kMaxSubmissionBytes) return Status::Error("request.too_large", "The form is too large.");
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  leads::FormSubmission sub;
  if (const auto* fields = obj->if_contains("fields"); fields && !fields->is_null()) {
    if (!fields->is_object()) {
      sub.issues.push_back({"fields", "wrong_type"});
    } else {
      for (const auto& [key, value] : fields->get_object()) {
        if (value.is_null()) continue;
        if (!value.is_string()) sub.issues.push_back({"fields." + std::string(key), "wrong_type"});
        else sub.fields.emplace_back(std::string(key), std::string(value.get_string()));
      }
    }
  }
  if (const auto* website = obj->if_contains("website"))
    sub.honeypot_filled = !website->is_null() && !(website->is_string() && website->get_string().empty());
  if (Status s = ctx.services.lead_forms.Submit(ctx.req.path_params.at(0), ctx.req.remote_ip, sub); !s.ok()) return s;
  return JsonResponse(201, json::object{{"received", true}});
}

}  // namespace

void AddLeadFormRoutes(Router& router) {
  router.Add({"GET", "/api/v1/lead-forms", ListForms});
  router.Add({"POST", "/api/v1/lead-forms", CreateForm, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/lead-forms/{id}", UpdateForm, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/lead-forms/{id}", DeleteForm, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/public/forms/{token}", PublicForm, Access::kPublic});
  router.Add({"POST", "/api/v1/public/forms/{token}", SubmitForm, Access::kPublic, Runs::kBlocking});
}

}  // namespace quanke::http
