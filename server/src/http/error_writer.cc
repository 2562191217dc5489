#include "http/error_writer.h"

#include <boost/json.hpp>

#include <array>

namespace quanke::http {
namespace {

struct CodeStatus {
  std::string_view code;
  int status;
};

// Exact codes first; then the prefix rules in HttpStatusFor.
constexpr std::array kExact = {
    CodeStatus{"not_found", 404},
    CodeStatus{"internal", 500},
    CodeStatus{"unavailable", 503},
    CodeStatus{"rate_limited", 429},
    CodeStatus{"already_exists", 409},
    CodeStatus{"conflict", 409},
    CodeStatus{"request.too_large", 413},
    CodeStatus{"request.method_not_allowed", 405},
    CodeStatus{"request.in_progress", 409},
    CodeStatus{"request.idempotency_mismatch", 422},
    CodeStatus{"auth.csrf", 403},
    CodeStatus{"auth.challenge_required", 429},
    CodeStatus{"auth.wrong_password", 422},
    CodeStatus{"department.not_empty", 409},
    CodeStatus{"role.in_use", 409},
    CodeStatus{"role.name_taken", 409},
    CodeStatus{"user.username_taken", 409},
    CodeStatus{"user.mobile_taken", 409},
    CodeStatus{"customer.lock_limit", 409},
    CodeStatus{"attachment.type_not_allowed", 415},
    CodeStatus{"attachment.empty", 400},
    CodeStatus{"pool.not_member", 403},
    CodeStatus{"setup.done", 409},
    CodeStatus{"tenant.code_taken", 409},
};

struct Message {
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

// User-facing messages by code. A code missing here falls back to the Status's own message.
constexpr std::array kMessages = {
    Message{"not_found", "记录不存在或您无权查看", "The record does not exist or you may not see it."},
    Message{"internal", "服务器内部错误，请稍后重试并提供请求编号",
            "Internal server error. Please try again and quote the request id."},
    Message{"unavailable", "服务暂时不可用，请稍后重试", "The service is unavailable. Please try again shortly."},
    Message{"rate_limited", "尝试次数过多，请稍后再试", "Too many attempts. Please try again later."},
    Message{"validation.failed", "请检查填写的内容", "Please check the highlighted fields."},
    Message{"validation.malformed_json", "请求内容不是有效的 JSON", "The request body is not valid JSON."},
    Message{"request.too_large", "请求内容过大", "The request body is too large."},
    Message{"request.malformed", "请求格式错误", "The request is malformed."},
    Message{"request.method_not_allowed", "不支持该请求方法", "This method is not allowed here."},
    Message{"request.in_progress", "相同的请求正在处理中，请稍候", "The same request is still being processed."},
    Message{"request.idempotency_mismatch", "该 Idempotency-Key 已用于另一个请求", "This Idempotency-Key was used for another request."},
    Message{"auth.required", "请先登录", "Please log in."},
    Message{"auth.challenge_required", "该网络登录失败次数过多，请完成验证后再登录",
            "Too many failed logins from this network: complete the check to log in."},
    Message{"setup.done", "公司已创建，请直接登录", "A company already exists; please log in."},
    Message{"tenant.code_taken", "该企业代码已被使用", "This enterprise code is taken."},
    Message{"auth.session_expired", "登录已过期，请重新登录", "Your session has expired. Please log in again."},
    Message{"auth.invalid_credentials", "企业代码、用户名或密码错误",
            "The enterprise code, username or password is wrong."},
    Message{"auth.csrf", "页面已过期，请刷新后重试", "The page is out of date. Reload it and try again."},
    Message{"auth.wrong_password", "当前密码不正确", "The current password is wrong."},
    Message{"permission.denied", "您没有执行此操作的权限", "You do not have permission to do this."},
    Message{"department.not_empty", "请先移走该部门下的子部门和人员",
            "Move its sub-departments and people elsewhere before deleting it."},
    Message{"department.cycle", "不能把部门移动到它自己或它的下级部门下",
            "A department cannot be moved under itself or its sub-departments."},
    Message{"role.in_use", "仍有员工使用该角色，请先取消分配", "Take this role away from its users before deleting it."},
    Message{"role.builtin", "内置角色不能删除，管理员角色的权限不能修改",
            "Built-in roles cannot be deleted and the administrator role cannot be narrowed."},
    Message{"role.name_taken", "角色名称已存在", "A role with this name already exists."},
    Message{"user.username_taken", "用户名已被使用", "This username is already in use."},
    Message{"user.mobile_taken", "手机号已被使用", "This mobile number is already in use."},
    Message{"user.self_resign", "不能将自己设为离职", "You cannot mark yourself as resigned."},
    Message{"customer.conflict", "客户已存在（查重），请勿重复录入", "A matching customer already exists (duplicate check)."},
    Message{"customer.lock_limit", "锁定客户数已达上限", "The owner has locked as many customers as allowed."},
    Message{"pool.limit_reached", "持有客户数已达上限，请先退回客户再领取", "Your holding limit is reached; release a customer first."},
    Message{"pool.daily_claim_limit", "今日领取次数已达上限", "You have claimed as many customers as allowed today."},
    Message{"pool.cooldown", "您刚持有过该客户，冷却期内不能再次领取", "You held this customer recently and cannot claim it back yet."},
    Message{"pool.not_member", "您不是该公海的成员", "Only members of this pool can do this."},
    Message{"pool.not_in_pool", "该客户已不在公海中（可能已被他人领取）", "This customer is no longer in the pool (someone may have claimed it)."},
    Message{"pool.not_owned", "该客户在公海中，请使用领取或分配", "This customer is in a pool; claim or assign it instead."},
    Message{"pool.not_empty", "请先移走该公海中的客户", "Move this pool's customers elsewhere before deleting it."},
    Message{"attachment.type_not_allowed", "不支持该文件类型（可上传图片、录音、PDF、文本和 Office 文件）",
            "This kind of file cannot be attached (images, audio, PDF, text and Office files can)."},
    Message{"attachment.empty", "文件为空", "The file is empty."},
    Message{"webhook.private_address", "该地址属于内网，需管理员允许后才能使用", "The address is on a private network; an administrator must allow it."},
    Message{"webhook.unresolvable", "无法解析该地址的域名", "The webhook host does not resolve."},
    Message{"checkin.suspicious", "签到异常，公司设置为拦截异常签到", "The check-in looks wrong and the company blocks such check-ins."},
    Message{"already_exists", "记录已存在", "The record already exists."},
    Message{"conflict", "操作与现有数据冲突", "The change conflicts with existing data."},
};

}  // namespace

int HttpStatusFor(std::string_view code) {
  for (const auto& e : kExact)
    if (e.code == code) return e.status;
  auto starts = [&](std::string_view p) { return code.substr(0, p.size()) == p; };
  if (starts("validation.") || starts("request.")) return 400;
  if (starts("auth.")) return 401;
  if (starts("permission.")) return 403;
  if (starts("pool.") || starts("customer.conflict")) return 409;
  if (code.find('.') != std::string_view::npos) return 422;  // a business rule refused it
  return 500;
}

std::string LanguageOf(const Request& req) {
  const std::string_view lang = req.Header("accept-language");
  // The first listed language decides; we speak zh-CN and en.
  if (lang.substr(0, 2) == "en") return "en";
  return "zh-CN";
}

boost::json::object ErrorObject(const Status& status, std::string_view language) {
  std::string message = status.message();
  for (const auto& m : kMessages) {
    if (m.code == status.code()) {
      message = std::string(language == "en" ? m.en : m.zh);
      break;
    }
  }
  if (message.empty()) message = status.code();
  boost::json::object details;
  for (const auto& [key, value] : status.details()) {
    if (auto p = std::get_if<std::int64_t>(&value)) details[key] = *p;
    else details[key] = std::get<std::string>(value);
  }
  if (!status.fields().empty()) {
    boost::json::array fields;
    for (const auto& f : status.fields())
      fields.push_back(boost::json::object{{"field", f.field}, {"issue", f.issue}});
    details["fields"] = std::move(fields);
  }
  boost::json::object error{{"code", status.code()}, {"message", message}};
  if (!details.empty()) error["details"] = std::move(details);
  return error;
}

Response ErrorResponse(const Status& status, std::string_view language,
                       std::string_view request_id) {
  boost::json::object body{{"error", ErrorObject(status, language)}, {"requestId", request_id}};
  Response r;
  r.status = HttpStatusFor(status.code());
  r.body = boost::json::serialize(body);
  if (status.code() == "rate_limited") {
    auto retry = status.Detail("retryAfterSeconds");
    const std::int64_t* seconds = retry ? std::get_if<std::int64_t>(&*retry) : nullptr;
    r.SetHeader("Retry-After", std::to_string(seconds ? *seconds : 60));
  }
  return r;
}

}  // namespace quanke::http
