#include "domain/deals/deal_codec.h"

#include <boost/json.hpp>

namespace quanke::deals {
namespace json = boost::json;
namespace {

json::array StringArray(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

std::vector<std::string> StringsOf(const json::value* v) {
  std::vector<std::string> out;
  if (v && v->is_array())
    for (const auto& e : v->get_array())
      if (e.is_string()) out.emplace_back(e.get_string());
  return out;
}

json::array FieldArray(const std::vector<FeedbackField>& v) {
  json::array a;
  for (const auto& f : v)
    a.push_back(json::object{{"key", f.key}, {"label", f.label}, {"type", f.type}, {"required", f.required},
                             {"options", StringArray(f.options)}});
  return a;
}

std::vector<FeedbackField> FieldsOf(const json::value* v) {
  std::vector<FeedbackField> out;
  if (!v || !v->is_array()) return out;
  for (const auto& e : v->get_array()) {
    const auto* o = e.if_object();
    if (!o) continue;
    FeedbackField f;
    if (const auto* k = o->if_contains("key"); k && k->is_string()) f.key = k->get_string();
    if (const auto* l = o->if_contains("label"); l && l->is_string()) f.label = l->get_string();
    if (const auto* t = o->if_contains("type"); t && t->is_string()) f.type = t->get_string();
    if (const auto* r = o->if_contains("required"); r && r->is_bool()) f.required = r->get_bool();
    f.options = StringsOf(o->if_contains("options"));
    out.push_back(std::move(f));
  }
  return out;
}

json::value Parse(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec) return nullptr;
  return v;
}

std::string Str(const json::object& o, const char* key) {
  if (const auto* v = o.if_contains(key); v && v->is_string()) return std::string(v->get_string());
  return {};
}
std::int64_t Int(const json::object& o, const char* key) {
  if (const auto* v = o.if_contains(key); v && v->is_int64()) return v->get_int64();
  return 0;
}
bool Bool(const json::object& o, const char* key) {
  if (const auto* v = o.if_contains(key); v && v->is_bool()) return v->get_bool();
  return false;
}
Id IdOf(const json::object& o, const char* key) { return ParseId(Str(o, key)).value_or(0); }

}  // namespace

std::string StringsToJson(const std::vector<std::string>& v) { return json::serialize(StringArray(v)); }
std::vector<std::string> StringsFromJson(const std::string& text) {
  const auto v = Parse(text);
  return StringsOf(&v);
}

std::string IdsToJson(const std::vector<Id>& v) {
  json::array a;
  for (Id id : v) a.emplace_back(IdToString(id));
  return json::serialize(a);
}
std::vector<Id> IdsFromJson(const std::string& text) {
  std::vector<Id> out;
  for (const auto& s : StringsFromJson(text))
    if (auto id = ParseId(s)) out.push_back(*id);
  return out;
}

std::string FieldsToJson(const std::vector<FeedbackField>& v) { return json::serialize(FieldArray(v)); }
std::vector<FeedbackField> FieldsFromJson(const std::string& text) {
  const auto v = Parse(text);
  return FieldsOf(&v);
}

json::array FieldsArray(const std::vector<FeedbackField>& v) { return FieldArray(v); }

json::object StageObject(const Stage& s) {
  return json::object{{"id", IdToString(s.id)},
                      {"kind", s.kind},
                      {"position", s.position},
                      {"name", s.name},
                      {"probability", s.probability},
                      {"guidanceDo", s.guidance_do},
                      {"guidanceWatch", s.guidance_watch},
                      {"checklist", StringArray(s.checklist)},
                      {"feedbackFields", FieldArray(s.feedback_fields)},
                      {"inUse", s.in_use}};
}

json::object ProcessObject(const SalesProcess& p) {
  json::array stages;
  for (const auto& s : p.stages) stages.push_back(StageObject(s));
  json::array departments;
  for (Id id : p.department_ids) departments.emplace_back(IdToString(id));
  return json::object{{"id", IdToString(p.id)},
                      {"name", p.name},
                      {"kind", p.kind},
                      {"description", p.description},
                      {"departmentIds", std::move(departments)},
                      {"allowSkip", p.allow_skip},
                      {"lostReasons", StringArray(p.lost_reasons)},
                      {"invalidReasons", StringArray(p.invalid_reasons)},
                      {"staleDays", p.stale_days},
                      {"staleWhenOverdue", p.stale_when_overdue},
                      {"isDefault", p.is_default},
                      {"enabled", p.enabled},
                      {"version", p.version},
                      {"stages", std::move(stages)},
                      {"inUse", p.in_use}};
}

std::string ProcessToJson(const SalesProcess& p) { return json::serialize(ProcessObject(p)); }

SalesProcess ProcessFromJson(const std::string& text) {
  SalesProcess p;
  const auto v = Parse(text);
  const auto* o = v.if_object();
  if (!o) return p;
  p.id = IdOf(*o, "id");
  p.name = Str(*o, "name");
  p.kind = Str(*o, "kind");
  p.description = Str(*o, "description");
  for (const auto& s : StringsOf(o->if_contains("departmentIds")))
    if (auto id = ParseId(s)) p.department_ids.push_back(*id);
  p.allow_skip = Bool(*o, "allowSkip");
  p.lost_reasons = StringsOf(o->if_contains("lostReasons"));
  p.invalid_reasons = StringsOf(o->if_contains("invalidReasons"));
  p.stale_days = Int(*o, "staleDays");
  p.stale_when_overdue = Bool(*o, "staleWhenOverdue");
  p.is_default = Bool(*o, "isDefault");
  p.enabled = Bool(*o, "enabled");
  p.version = Int(*o, "version");
  p.in_use = Int(*o, "inUse");
  if (const auto* stages = o->if_contains("stages"); stages && stages->is_array())
    for (const auto& e : stages->get_array()) {
      const auto* so = e.if_object();
      if (!so) continue;
      Stage s;
      s.id = IdOf(*so, "id");
      s.kind = Str(*so, "kind");
      s.position = Int(*so, "position");
      s.name = Str(*so, "name");
      s.probability = Int(*so, "probability");
      s.guidance_do = Str(*so, "guidanceDo");
      s.guidance_watch = Str(*so, "guidanceWatch");
      s.checklist = StringsOf(so->if_contains("checklist"));
      s.feedback_fields = FieldsOf(so->if_contains("feedbackFields"));
      s.in_use = Int(*so, "inUse");
      p.stages.push_back(std::move(s));
    }
  return p;
}

}  // namespace quanke::deals
