// What each list export holds (docs/api-exports.md): the columns of customers, leads,
// opportunities and contracts, and the reading of a list page through the list's own handler.
#include "http/export_sheets.h"

#include <boost/json.hpp>

#include <cstdio>

namespace quanke::http {
namespace json = boost::json;

namespace {

enum class Kind {
  kText,   // as the list answers it
  kTime,   // an ISO instant, written "YYYY-MM-DD HH:MM" in the company's time zone
  kMoney,  // fen, written as yuan (a number)
  kNumber,
  kTags,   // an array of text, joined with "、"
  kWord,   // an enum value, written as its word (labels below)
  kDetails,  // an audit entry's details: its changes as "field: before → after" lines, else JSON
};

struct Label {
  const char* value;
  const char* zh;
  const char* en;
};

using Labels = std::vector<Label>;

const Labels kCustomerStatus = {{"potential", "潜在", "Potential"},
                                {"interested", "意向", "Interested"},
                                {"deal", "成交", "Deal"},
                                {"lost", "流失", "Lost"}};
const Labels kLeadStatus = {{"new", "新线索", "New"},
                            {"contacting", "联系中", "Contacting"},
                            {"qualified", "有意向", "Qualified"},
                            {"converted", "已转化", "Converted"},
                            {"invalid", "无效", "Invalid"}};
const Labels kDealStatus = {
    {"open", "进行中", "Open"}, {"won", "赢单", "Won"}, {"lost", "输单", "Lost"}, {"invalid", "无效", "Invalid"}};
const Labels kContractStatus = {{"draft", "草稿", "Draft"},
                                {"pending", "审批中", "Pending approval"},
                                {"active", "执行中", "Active"},
                                {"ended", "已到期", "Ended"},
                                {"void", "已作废", "Void"}};

}  // namespace

struct ListSheet::Column {
  const char* key;
  const char* zh;
  const char* en;
  Kind kind = Kind::kText;
  const Labels* labels = nullptr;
};

struct ListSheet::Object {
  const char* name;
  const char* route;  // the list's GET route
  const char* sheet_zh;
  const char* sheet_en;
  const char* fields;  // `fields=` for lists that take it (only what the sheet shows), else ""
  std::vector<Column> columns;
  const char* custom_object = "";  // whose custom fields follow the columns ("" for none)
  // The list takes `total=false`: pages after the first skip counting (the first page's total
  // stands for the export).
  bool total_once = false;
};

namespace {

using Column = ListSheet::Column;

const std::vector<ListSheet::Object>& Objects() {
  static const std::vector<ListSheet::Object> kObjects = {
      {"customers",
       "/api/v1/customers",
       "客户",
       "Customers",
       "name,shortName,status,level,industry,source,province,city,district,address,phone,website,tags,ownerName,"
       "poolName,lastFollowUpAt,nextFollowUpAt,createdAt,updatedAt,customFields",
       {{"name", "客户名称", "Name"},
        {"shortName", "简称", "Short name"},
        {"status", "客户状态", "Status", Kind::kWord, &kCustomerStatus},
        {"level", "客户级别", "Level"},
        {"industry", "行业", "Industry"},
        {"source", "来源", "Source"},
        {"province", "省份", "Province"},
        {"city", "城市", "City"},
        {"district", "区县", "District"},
        {"address", "地址", "Address"},
        {"phone", "电话", "Phone"},
        {"website", "网站", "Website"},
        {"tags", "标签", "Tags", Kind::kTags},
        {"ownerName", "负责人", "Owner"},
        {"poolName", "所在公海", "Pool"},
        {"lastFollowUpAt", "最近跟进", "Last follow-up", Kind::kTime},
        {"nextFollowUpAt", "下次跟进", "Next follow-up", Kind::kTime},
        {"createdAt", "创建时间", "Created", Kind::kTime},
        {"updatedAt", "更新时间", "Updated", Kind::kTime}},
       "customer", true},
      {"leads",
       "/api/v1/leads",
       "线索",
       "Leads",
       "",
       {{"name", "姓名", "Name"},
        {"company", "公司", "Company"},
        {"title", "职务", "Title"},
        {"mobile", "手机", "Mobile"},
        {"phone", "电话", "Phone"},
        {"email", "邮箱", "Email"},
        {"wechat", "微信", "WeChat"},
        {"sourceName", "线索来源", "Source"},
        {"campaign", "活动", "Campaign"},
        {"province", "省份", "Province"},
        {"city", "城市", "City"},
        {"industry", "行业", "Industry"},
        {"status", "线索状态", "Status", Kind::kWord, &kLeadStatus},
        {"tags", "标签", "Tags", Kind::kTags},
        {"ownerName", "负责人", "Owner"},
        {"poolName", "所在线索池", "Pool"},
        {"customerName", "转化客户", "Converted to"},
        {"lastFollowUpAt", "最近跟进", "Last follow-up", Kind::kTime},
        {"createdAt", "创建时间", "Created", Kind::kTime}},
       "lead"},
      {"opportunities",
       "/api/v1/opportunities",
       "商机",
       "Opportunities",
       "",
       {{"name", "商机名称", "Name"},
        {"customerName", "客户", "Customer"},
        {"amountFen", "金额（元）", "Amount (yuan)", Kind::kMoney},
        {"expectedCloseDate", "预计成交日期", "Expected close"},
        {"processName", "销售流程", "Process"},
        {"stageName", "阶段", "Stage"},
        {"probability", "赢率（%）", "Probability (%)", Kind::kNumber},
        {"status", "状态", "Status", Kind::kWord, &kDealStatus},
        {"closeReason", "输单/无效原因", "Close reason"},
        {"ownerName", "负责人", "Owner"},
        {"departmentName", "部门", "Department"},
        {"lastActivityAt", "最近活动", "Last activity", Kind::kTime},
        {"createdAt", "创建时间", "Created", Kind::kTime}}},
      {"contracts",
       "/api/v1/contracts",
       "合同",
       "Contracts",
       "",
       {{"number", "合同编号", "Number"},
        {"name", "合同名称", "Name"},
        {"customerName", "客户", "Customer"},
        {"totalFen", "合同金额（元）", "Total (yuan)", Kind::kMoney},
        {"receivedFen", "已回款（元）", "Received (yuan)", Kind::kMoney},
        {"owedFen", "应收（元）", "Owed (yuan)", Kind::kMoney},
        {"invoicedFen", "已开票（元）", "Invoiced (yuan)", Kind::kMoney},
        {"signDate", "签约日期", "Signed"},
        {"startDate", "开始日期", "Starts"},
        {"endDate", "结束日期", "Ends"},
        {"status", "状态", "Status", Kind::kWord, &kContractStatus},
        {"ownerName", "负责人", "Owner"},
        {"departmentName", "部门", "Department"},
        {"createdAt", "创建时间", "Created", Kind::kTime}}},
      {"audit",
       "/api/v1/audit-log",
       "审计日志",
       "Audit log",
       "",
       {{"at", "时间", "Time", Kind::kTime},
        {"actorName", "操作人", "Person"},
        {"action", "操作", "Action"},
        {"objectType", "对象类型", "Object type"},
        {"objectId", "对象 ID", "Object id"},
        {"ip", "IP 地址", "Address"},
        {"client", "客户端", "Client"},
        {"details", "详情", "Details", Kind::kDetails}}},
  };
  return kObjects;
}

// A value of a change as one line of text: null as "—", arrays joined.
std::string ChangeText(const json::value& v) {
  if (v.is_null() || (v.is_string() && v.as_string().empty())) return "—";
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v.as_array()) out += (out.empty() ? "" : "、") + ChangeText(x);
    return out;
  }
  return json::serialize(v);
}

std::string DetailsText(const json::value& v) {
  if (!v.is_object()) return json::serialize(v);
  const auto* changes = v.as_object().if_contains("changes");
  if (!changes || !changes->is_array()) return json::serialize(v);
  std::string out;
  for (const auto& c : changes->as_array()) {
    if (!c.is_object()) continue;
    const auto& o = c.as_object();
    const json::value none;
    const auto* field = o.if_contains("field");
    const auto* before = o.if_contains("before");
    const auto* after = o.if_contains("after");
    out += (out.empty() ? "" : "\n") + ChangeText(field ? *field : none) + ": " + ChangeText(before ? *before : none) +
           " → " + ChangeText(after ? *after : none);
  }
  return out;
}

std::string LocalTime(const TimeZone& zone, Instant t) {
  const int minute = zone.MinuteOfDay(t);
  char hhmm[8];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", minute / 60, minute % 60);
  return FormatDate(zone.DateOf(t)) + " " + hhmm;
}

XlsxCell CellOf(const Column& c, const json::value* v, const std::string& language, const TimeZone& zone) {
  if (!v || v->is_null()) return std::monostate{};
  switch (c.kind) {
    case Kind::kMoney:
      if (v->is_int64()) return static_cast<double>(v->as_int64()) / 100.0;
      break;
    case Kind::kNumber:
      if (v->is_int64()) return static_cast<double>(v->as_int64());
      if (v->is_double()) return v->as_double();
      break;
    case Kind::kTime:
      if (v->is_string()) {
        Instant t = 0;
        if (ParseInstant(std::string(v->as_string()), &t)) return LocalTime(zone, t);
      }
      break;
    case Kind::kTags:
      if (v->is_array()) {
        std::string out;
        for (const auto& tag : v->as_array())
          if (tag.is_string()) out += (out.empty() ? "" : "、") + std::string(tag.as_string());
        return out;
      }
      break;
    case Kind::kWord:
      if (v->is_string() && c.labels) {
        for (const auto& l : *c.labels)
          if (v->as_string() == l.value) return std::string(language == "en" ? l.en : l.zh);
      }
      break;
    case Kind::kDetails:
      return DetailsText(*v);
    case Kind::kText:
      break;
  }
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  if (v->is_double()) return v->as_double();
  if (v->is_bool()) return std::string(v->as_bool() ? "true" : "false");
  return json::serialize(*v);
}

// A custom field's value as a cell: money in yuan, users and departments by name, options and
// dates as written, instants in the company's zone, a place by its address.
XlsxCell CustomCellOf(const fields::Field& f, const json::value* v, const fields::FieldService::Names& names,
                      const TimeZone& zone) {
  if (!v || v->is_null()) return std::monostate{};
  auto name = [&](const std::map<Id, std::string>& by_id) -> XlsxCell {
    if (!v->is_string()) return std::monostate{};
    const std::string id(v->as_string());
    const Id key = std::strtoll(id.c_str(), nullptr, 10);
    auto it = by_id.find(key);
    return it == by_id.end() ? id : it->second;
  };
  if (f.type == "money" && (v->is_int64() || v->is_uint64())) return static_cast<double>(v->to_number<std::int64_t>()) / 100.0;
  if (f.type == "number" && (v->is_int64() || v->is_uint64() || v->is_double())) return v->to_number<double>();
  if (f.type == "user") return name(names.users);
  if (f.type == "department") return name(names.departments);
  if (f.type == "datetime" && v->is_string()) {
    Instant t = 0;
    if (ParseInstant(std::string(v->as_string()), &t)) return LocalTime(zone, t);
  }
  if (f.type == "multi_select" && v->is_array()) {
    std::string out;
    for (const auto& o : v->as_array())
      if (o.is_string()) out += (out.empty() ? "" : "、") + std::string(o.as_string());
    return out;
  }
  if (f.type == "location" && v->is_object()) {
    const auto& o = v->as_object();
    if (const auto* a = o.if_contains("address"); a && a->is_string() && !a->as_string().empty())
      return std::string(a->as_string());
    return json::serialize(o);
  }
  if (v->is_string()) return std::string(v->as_string());
  return json::serialize(*v);
}

}  // namespace

std::unique_ptr<ListSheet> ListSheet::For(const std::string& object, const Router& router, Services& services) {
  for (const auto& o : Objects()) {
    if (object != o.name) continue;
    for (const auto& route : router.routes())
      if (route.method == "GET" && route.pattern == o.route)
        return std::unique_ptr<ListSheet>(new ListSheet(o, route, services));
  }
  return nullptr;
}

Status ListSheet::LoadCustomFields(const org::Caller& caller) {
  custom_.clear();
  if (!*object_.custom_object || !services_.fields) return Status::Ok();
  auto list = services_.fields->List(caller, object_.custom_object, false);
  if (!list.ok()) return list.status();
  bool named = false;
  for (auto& f : list->fields) {
    if (f.type == "image" || f.type == "attachment") continue;
    named |= f.type == "user" || f.type == "department";
    custom_.push_back(std::move(f));
  }
  if (!named) return Status::Ok();
  auto names = services_.fields->NamesFor(caller);
  if (!names.ok()) return names.status();
  names_ = std::move(*names);
  return Status::Ok();
}

std::vector<XlsxCell> ListSheet::Header(const std::string& language) const {
  std::vector<XlsxCell> out;
  for (const auto& c : object_.columns) out.emplace_back(std::string(language == "en" ? c.en : c.zh));
  for (const auto& f : custom_) out.emplace_back(f.label);
  return out;
}

std::string ListSheet::SheetName(const std::string& language) const {
  return language == "en" ? object_.sheet_en : object_.sheet_zh;
}

Result<SheetPage> ListSheet::ReadPage(std::shared_ptr<const org::Principal> principal, const std::string& language,
                                      const TimeZone& zone, const QueryPairs& query, const std::string& cursor,
                                      int limit, const std::string& request_id) const {
  Request req;
  req.method = "GET";
  req.path = object_.route;
  req.route = object_.route;
  req.request_id = request_id;
  for (const auto& [k, v] : query)
    if (k != "limit" && k != "cursor" && k != "fields") req.query.emplace_back(k, v);
  req.query.emplace_back("limit", std::to_string(limit));
  if (!cursor.empty()) req.query.emplace_back("cursor", cursor);
  if (!cursor.empty() && object_.total_once) req.query.emplace_back("total", "false");
  if (*object_.fields) req.query.emplace_back("fields", object_.fields);
  Context ctx{req, services_, language, principal, principal->caller, ""};
  ctx.caller.request_id = request_id;
  auto answer = route_.handler(ctx);
  if (!answer.ok()) return answer.status();
  if (answer->status != 200) return Status::Error("internal", "The list answered " + std::to_string(answer->status));
  boost::system::error_code ec;
  json::value body = json::parse(answer->body, ec);
  if (ec || !body.is_object()) return Status::Error("internal", "The list's answer is not a JSON object.");
  const json::object& list = body.as_object();
  SheetPage page;
  if (const auto* items = list.if_contains("items"); items && items->is_array()) {
    for (const auto& item : items->as_array()) {
      if (!item.is_object()) continue;
      std::vector<XlsxCell> row;
      row.reserve(object_.columns.size());
      for (const auto& c : object_.columns) row.push_back(CellOf(c, item.as_object().if_contains(c.key), language, zone));
      const auto* values = item.as_object().if_contains("customFields");
      for (const auto& f : custom_)
        row.push_back(CustomCellOf(f, values && values->is_object() ? values->as_object().if_contains(f.key) : nullptr,
                                   names_, zone));
      page.rows.push_back(std::move(row));
    }
  }
  if (const auto* next = list.if_contains("nextCursor"); next && next->is_string())
    page.next_cursor = std::string(next->as_string());
  if (const auto* total = list.if_contains("total"); total && total->is_int64()) page.total = total->as_int64();
  return page;
}

}  // namespace quanke::http
