// Custom fields and form layouts (docs/api-custom-fields.md).
#include <boost/json.hpp>

#include "domain/fields/field_service.h"
#include "domain/fields/field_values.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

json::value ValueJson(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  json::value v = json::parse(*text, ec);
  return ec ? json::value(nullptr) : v;
}

json::object FieldJson(const fields::Field& f) {
  json::array options, roles;
  for (const auto& o : f.options) options.emplace_back(o);
  for (Id r : f.visible_roles) roles.emplace_back(IdToString(r));
  return {{"id", IdToString(f.id)},
          {"object", f.object},
          {"key", f.key},
          {"label", f.label},
          {"type", f.type},
          {"options", std::move(options)},
          {"required", f.required},
          {"unique", f.unique},
          {"defaultValue", ValueJson(f.default_value)},
          {"visibleRoleIds", std::move(roles)},
          {"position", f.position},
          {"filterable", fields::HasFilter(f.type)},
          {"deletedAt", InstantJson(f.deleted_at)},
          {"createdAt", InstantJson(f.created_at)},
          {"updatedAt", InstantJson(f.updated_at)}};
}

json::object LayoutJson(const fields::Layout& l) {
  json::array groups;
  for (const auto& g : l.groups) {
    json::array keys;
    for (const auto& k : g.fields) keys.emplace_back(k);
    groups.push_back(json::object{{"title", g.title}, {"fields", std::move(keys)}});
  }
  return {{"object", l.object},
          {"departmentId", IdJson(l.department_id)},
          {"own", l.own},
          {"inheritedFrom", IdJson(l.inherited_from)},
          {"groups", std::move(groups)}};
}

Result<fields::FieldInput> ReadField(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  fields::FieldInput f;
  f.object = in.String("object", false, 20);
  f.label = in.String("label", false, 400);
  f.type = in.String("type", false, 20);
  f.key = in.String("key", false, 64);
  f.options = in.StringArray("options");
  f.required = in.Bool("required");
  f.unique = in.Bool("unique");
  f.visible_roles = in.IdArray("visibleRoleIds");
  f.position = in.Int("position");
  if (const auto* d = obj->if_contains("defaultValue")) {
    if (d->is_null()) f.default_value = std::optional<std::string>();
    else f.default_value = std::optional<std::string>(json::serialize(*d));
  }
  for (const auto& [k, v] : *obj) {
    static const char* known[] = {"object",    "label",        "type",         "key",     "options",
                                  "required",  "unique",       "defaultValue", "visibleRoleIds", "position"};
    if (std::none_of(std::begin(known), std::end(known), [&](const char* n) { return k == n; }))
      in.AddIssue(std::string(k), "unknown_field");
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  return f;
}

Result<std::optional<Id>> DepartmentQuery(const Request& req) { return ReadIdQuery(req, "departmentId"); }

Result<Response> ListFields(Context& ctx) {
  const std::string object = ctx.req.Query("object").value_or("");
  const auto all = ctx.req.Query("includeDeleted");
  auto list = ctx.services.fields->List(ctx.caller, object, all && (*all == "true" || *all == "1"));
  if (!list.ok()) return list.status();
  json::array items;
  for (const auto& f : list->fields) items.push_back(FieldJson(f));
  return JsonResponse(200, json::object{{"items", std::move(items)}, {"layout", LayoutJson(list->layout)}});
}

Result<Response> CreateField(Context& ctx) {
  auto in = ReadField(ctx.req.body);
  if (!in.ok()) return in.status();
  auto f = ctx.services.fields->Create(ctx.caller, *in);
  if (!f.ok()) return f.status();
  return JsonResponse(201, FieldJson(*f));
}

Result<Response> UpdateField(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadField(ctx.req.body);
  if (!in.ok()) return in.status();
  auto f = ctx.services.fields->Update(ctx.caller, *id, *in);
  if (!f.ok()) return f.status();
  return JsonResponse(200, FieldJson(*f));
}

Result<Response> DeleteField(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.fields->Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> GetLayout(Context& ctx) {
  auto department = DepartmentQuery(ctx.req);
  if (!department.ok()) return department.status();
  auto l = ctx.services.fields->GetLayout(ctx.caller, ctx.req.Query("object").value_or(""), *department);
  if (!l.ok()) return l.status();
  return JsonResponse(200, LayoutJson(*l));
}

Result<Response> PutLayout(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  const auto object = in.String("object", true, 20);
  const auto department = in.NullableId("departmentId");
  std::vector<fields::LayoutGroup> groups;
  if (const auto* g = obj->if_contains("groups"); !g) {
    in.AddIssue("groups", "required");
  } else if (!g->is_array()) {
    in.AddIssue("groups", "wrong_type");
  } else {
    for (size_t i = 0; i < g->as_array().size(); ++i) {
      const auto& item = g->as_array()[i];
      const std::string at = "groups[" + std::to_string(i) + "]";
      const auto* title = item.is_object() ? item.as_object().if_contains("title") : nullptr;
      const auto* keys = item.is_object() ? item.as_object().if_contains("fields") : nullptr;
      if (!item.is_object() || (title && !title->is_string()) || !keys || !keys->is_array()) {
        in.AddIssue(at, "wrong_type");
        continue;
      }
      fields::LayoutGroup group;
      if (title) group.title = std::string(title->as_string());
      for (const auto& k : keys->as_array()) {
        if (!k.is_string()) {
          in.AddIssue(at + ".fields", "wrong_type");
          break;
        }
        group.fields.emplace_back(k.as_string());
      }
      groups.push_back(std::move(group));
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  auto l = ctx.services.fields->PutLayout(ctx.caller, *object, department ? *department : std::nullopt, groups);
  if (!l.ok()) return l.status();
  return JsonResponse(200, LayoutJson(*l));
}

Result<Response> DeleteLayout(Context& ctx) {
  auto department = DepartmentQuery(ctx.req);
  if (!department.ok()) return department.status();
  if (Status s = ctx.services.fields->DeleteLayout(ctx.caller, ctx.req.Query("object").value_or(""), *department);
      !s.ok())
    return s;
  return NoContent();
}

json::object ProtectionBody(const org::Protection& p) {
  json::array fields;
  for (const auto& f : p.fields) fields.emplace_back(f);
  json::object custom;
  for (const char* object : {"customer", "lead"}) {
    json::array keys;
    for (const auto& k : p.CustomKeys(object)) keys.emplace_back(k);
    custom[object] = std::move(keys);
  }
  return {{"fields", std::move(fields)}, {"customFields", std::move(custom)}};
}

Result<Response> GetProtection(Context& ctx) {
  auto p = ctx.services.fields->GetProtection(ctx.caller);
  if (!p.ok()) return p.status();
  return JsonResponse(200, ProtectionBody(*p));
}

Result<Response> PutProtection(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  org::Protection p;
  if (auto fields = in.StringArray("fields", true)) p.fields.insert(fields->begin(), fields->end());
  if (const auto* custom = obj->if_contains("customFields"); custom && !custom->is_object()) {
    in.AddIssue("customFields", "wrong_type");
  } else if (custom) {
    for (const auto& [object, keys] : custom->as_object()) {
      const std::string at = "customFields." + std::string(object);
      if (!keys.is_array()) {
        in.AddIssue(at, "wrong_type");
        continue;
      }
      auto& into = p.custom_fields[std::string(object)];
      for (const auto& k : keys.as_array()) {
        if (!k.is_string()) {
          in.AddIssue(at, "wrong_type");
          break;
        }
        into.emplace(k.as_string());
      }
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  auto saved = ctx.services.fields->SetProtection(ctx.caller, p);
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, ProtectionBody(*saved));
}

}  // namespace

void AddFieldRoutes(Router& router) {
  router.Add({"GET", "/api/v1/custom-fields", ListFields});
  router.Add({"POST", "/api/v1/custom-fields", CreateField, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/custom-fields/{id}", UpdateField, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/custom-fields/{id}", DeleteField, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/form-layouts", GetLayout});
  router.Add({"PUT", "/api/v1/form-layouts", PutLayout, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/form-layouts", DeleteLayout, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/settings/field-protection", GetProtection});
  router.Add({"PUT", "/api/v1/settings/field-protection", PutProtection, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
