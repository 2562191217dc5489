#include "core/error_codes.h"

#include <array>

namespace quanke::errors {
namespace {

// Sorted by code.
constexpr std::array kCodes = {
    Code{"already_exists", 409, Kind::kAnswer, "记录已存在", "The record already exists."},
    Code{"approval.closed", 409, Kind::kAnswer, "该审批已结束，不能再操作", "This approval is decided already."},
    Code{"approval.not_your_turn", 403, Kind::kAnswer, "当前不是您审批的环节", "It is not your turn to act on this approval."},
    Code{"approval.version_conflict", 409, Kind::kAnswer, "审批已被他人处理，请刷新后重试", "Someone acted on this approval meanwhile; reload it and try again."},
    Code{"attachment.empty", 400, Kind::kAnswer, "文件为空", "The file is empty."},
    Code{"attachment.type_not_allowed", 415, Kind::kAnswer, "不支持该文件类型（可上传图片、录音、PDF、文本和 Office 文件）", "This kind of file cannot be attached (images, audio, PDF, text and Office files can)."},
    Code{"auth.challenge_required", 429, Kind::kAnswer, "该网络登录失败次数过多，请完成验证后再登录", "Too many failed logins from this network: complete the check to log in."},
    Code{"auth.csrf", 403, Kind::kAnswer, "页面已过期，请刷新后重试", "The page is out of date. Reload it and try again."},
    Code{"auth.invalid_credentials", 401, Kind::kAnswer, "企业代码、用户名或密码错误", "The enterprise code, username or password is wrong."},
    Code{"auth.required", 401, Kind::kAnswer, "请先登录", "Please log in."},
    Code{"auth.session_expired", 401, Kind::kAnswer, "登录已过期，请重新登录", "Your session has expired. Please log in again."},
    Code{"auth.wrong_password", 422, Kind::kAnswer, "当前密码不正确", "The current password is wrong."},
    Code{"checkin.captured_in_future", 400, Kind::kAnswer, "定位时间晚于服务器时间，请检查手机时间", "capturedAt is later than the server's time: check the phone's clock."},
    Code{"checkin.captured_too_old", 400, Kind::kAnswer, "该签到采集于 7 天前，已不能提交", "This check-in was captured more than 7 days ago and can no longer be sent."},
    Code{"checkin.suspicious", 422, Kind::kAnswer, "签到异常，公司设置为拦截异常签到", "The check-in looks wrong and the company blocks such check-ins."},
    Code{"config.bad_database_url", 500, Kind::kInternal, "", ""},
    Code{"config.bad_listen", 500, Kind::kInternal, "", ""},
    Code{"config.bad_trusted_proxies", 500, Kind::kInternal, "", ""},
    Code{"config.unsupported", 500, Kind::kInternal, "", ""},  // a CLI command the backend lacks (backup on PostgreSQL)
    Code{"conflict", 409, Kind::kAnswer, "操作与现有数据冲突", "The change conflicts with existing data."},
    Code{"contract.amount_locked", 409, Kind::kAnswer, "合同已审批，金额、明细和日期须通过变更修改", "The contract is approved: change its amount, lines and dates through a change order."},
    Code{"contract.below_received", 422, Kind::kAnswer, "合同金额不能低于已回款金额", "The contract total cannot go below what was received."},
    Code{"contract.change_pending", 409, Kind::kAnswer, "该合同已有待审批的变更", "A change order of this contract is waiting for approval."},
    Code{"contract.has_receipts", 409, Kind::kAnswer, "合同已有确认的回款，不能作废", "The contract has confirmed receipts and cannot be voided."},
    Code{"contract.locked", 409, Kind::kAnswer, "合同审批中，暂不能修改", "The contract is waiting for approval and cannot be changed now."},
    Code{"contract.not_active", 409, Kind::kAnswer, "合同未生效", "The contract is not in force."},
    Code{"contract.not_draft", 409, Kind::kAnswer, "只有草稿状态的合同可以这样操作", "Only draft contracts can do this."},
    Code{"contract.version_conflict", 409, Kind::kAnswer, "合同已被他人修改，请刷新后重试", "Someone changed this contract meanwhile; reload it and try again."},
    Code{"contract.void", 409, Kind::kAnswer, "合同已作废", "The contract is void."},
    Code{"custom_field.key_taken", 409, Kind::kAnswer, "该字段标识已被使用（已删除的字段也占用标识）", "Another field (perhaps a deleted one) has this key."},
    Code{"custom_field.label_taken", 409, Kind::kAnswer, "已有同名字段", "Another field of this object has this label."},
    Code{"custom_field.not_unique", 409, Kind::kAnswer, "已有记录的该字段取值重复，不能设为唯一", "Some records share a value of this field, so it cannot be made unique."},
    Code{"custom_field.too_many", 422, Kind::kAnswer, "每类对象最多 100 个自定义字段", "An object can have at most 100 custom fields."},
    Code{"customer.claim_first", 409, Kind::kAnswer, "该客户在公海中，请先领取再查看号码", "This customer is in a pool: claim it before revealing its numbers."},
    Code{"customer.conflict", 409, Kind::kAnswer, "客户已存在（查重），请勿重复录入", "A matching customer already exists (duplicate check)."},
    Code{"customer.lock_limit", 409, Kind::kAnswer, "锁定客户数已达上限", "The owner has locked as many customers as allowed."},
    Code{"department.cycle", 422, Kind::kAnswer, "不能把部门移动到它自己或它的下级部门下", "A department cannot be moved under itself or its sub-departments."},
    Code{"department.not_empty", 409, Kind::kAnswer, "请先移走该部门下的子部门和人员", "Move its sub-departments and people elsewhere before deleting it."},
    Code{"export.expired", 410, Kind::kAnswer, "导出文件已超过 7 天，请重新导出", "The export was made more than 7 days ago: export the list again."},
    Code{"export.not_ready", 409, Kind::kAnswer, "导出尚未完成，暂无文件", "The export has not finished with a file yet."},
    Code{"export.too_many_open", 409, Kind::kAnswer, "您已有 3 个导出正在进行，请等待完成后再导出", "You have 3 exports waiting or running already: wait for one to finish."},
    Code{"form.not_found", 404, Kind::kAnswer, "表单不存在或已停用", "This form does not exist or is closed."},
    Code{"form.rejected", 422, Kind::kAnswer, "提交未被接受", "The submission was not accepted."},
    Code{"import.too_many_rows", 422, Kind::kAnswer, "文件行数过多，一次最多导入 50,000 行", "The file has too many rows: at most 50,000 can be imported at once."},
    Code{"instalment.below_received", 422, Kind::kAnswer, "该期已有回款，不能删除或低于已回款金额", "This instalment received money: it cannot be removed or set below that."},
    Code{"internal", 500, Kind::kAnswer, "服务器内部错误，请稍后重试并提供请求编号", "Internal server error. Please try again and quote the request id."},
    Code{"invoice.exceeds_total", 422, Kind::kAnswer, "开票金额合计不能超过合同金额", "Invoices cannot add up to more than the contract total."},
    Code{"invoice.number_taken", 409, Kind::kAnswer, "已有相同号码的发票", "An issued invoice has this number."},
    Code{"not_found", 404, Kind::kAnswer, "记录不存在或您无权查看", "The record does not exist or you may not see it."},
    Code{"permission.denied", 403, Kind::kAnswer, "您没有执行此操作的权限", "You do not have permission to do this."},
    Code{"lead.claim_first", 409, Kind::kAnswer, "该线索在线索池中，请先领取再查看号码", "This lead is in a pool: claim it before revealing its numbers."},
    Code{"lead.conflict", 409, Kind::kAnswer, "已有相同的客户或线索（查重）", "A matching customer or lead already exists (duplicate check)."},
    Code{"lead.read_only", 409, Kind::kAnswer, "线索已转化，不能再修改", "This lead was converted and cannot be changed."},
    Code{"lead.source_exists", 409, Kind::kAnswer, "已有同名的线索来源", "A lead source with this name already exists."},
    Code{"lead.source_in_use", 409, Kind::kAnswer, "该来源已有线索，请停用而不是删除", "Leads came from this source; disable it instead of deleting it."},
    Code{"opportunity.bad_stage", 422, Kind::kAnswer, "不能移到该阶段", "The opportunity cannot move to that stage."},
    Code{"opportunity.feedback_required", 422, Kind::kAnswer, "请先填写本阶段要求的反馈", "Fill in the feedback this stage asks for before moving on."},
    Code{"opportunity.reason_required", 422, Kind::kAnswer, "请选择关闭原因", "Choose one of the reasons for closing it."},
    Code{"opportunity.stage_skipped", 422, Kind::kAnswer, "该流程不允许跳过阶段", "This sales process does not allow skipping stages."},
    Code{"opportunity.version_conflict", 409, Kind::kAnswer, "商机已被他人修改，请刷新后重试", "Someone changed this opportunity meanwhile; reload it and try again."},
    Code{"pool.cooldown", 409, Kind::kAnswer, "您刚持有过该客户，冷却期内不能再次领取", "You held this customer recently and cannot claim it back yet."},
    Code{"pool.daily_claim_limit", 409, Kind::kAnswer, "今日领取次数已达上限", "You have claimed as many customers as allowed today."},
    Code{"pool.limit_reached", 409, Kind::kAnswer, "持有客户数已达上限，请先退回客户再领取", "Your holding limit is reached; release a customer first."},
    Code{"pool.not_empty", 409, Kind::kAnswer, "请先移走该公海中的客户", "Move this pool's customers elsewhere before deleting it."},
    Code{"pool.not_in_pool", 409, Kind::kAnswer, "该客户已不在公海中（可能已被他人领取）", "This customer is no longer in the pool (someone may have claimed it)."},
    Code{"pool.not_member", 403, Kind::kAnswer, "您不是该公海的成员", "Only members of this pool can do this."},
    Code{"pool.not_owned", 409, Kind::kAnswer, "该客户在公海中，请使用领取或分配", "This customer is in a pool; claim or assign it instead."},
    Code{"process.in_use", 409, Kind::kAnswer, "该销售流程下还有商机，不能删除", "Opportunities use this sales process; it cannot be deleted."},
    Code{"process.stage_in_use", 409, Kind::kAnswer, "该阶段还有商机，不能删除", "Opportunities are in this stage; it cannot be removed."},
    Code{"product.code_taken", 409, Kind::kAnswer, "产品编码已存在", "Another product has this code."},
    Code{"product_category.cycle", 409, Kind::kAnswer, "不能把分类移动到它自己或它的下级分类下", "A category cannot be moved under itself or its sub-categories."},
    Code{"product_category.in_use", 409, Kind::kAnswer, "请先移走该分类下的产品和子分类", "Move its products and sub-categories elsewhere before deleting it."},
    Code{"rate_limited", 429, Kind::kAnswer, "尝试次数过多，请稍后再试", "Too many attempts. Please try again later."},
    Code{"receipt.confirmed", 409, Kind::kAnswer, "已确认的回款不能删除", "A confirmed receipt cannot be deleted."},
    Code{"receipt.exceeds_instalment", 422, Kind::kAnswer, "分配金额超过该期未回款金额", "The allocation is more than the instalment still owes."},
    Code{"receipt.exceeds_owed", 422, Kind::kAnswer, "回款金额超过合同未回款金额", "The receipt is more than the contract still owes."},
    Code{"released", 500, Kind::kInternal, "", ""},
    Code{"recycle.code_taken", 409, Kind::kAnswer, "已有其他产品使用该编码，请先修改那个产品的编码", "Another product uses its code now: change that product's code first."},
    Code{"recycle.conflict", 409, Kind::kAnswer, "恢复后会与现有客户重复（查重），不能恢复", "Restoring it would duplicate a customer that exists now (duplicate check)."},
    Code{"recycle.expired", 409, Kind::kAnswer, "删除已超过 90 天，不能再恢复", "It was deleted more than 90 days ago and can no longer be restored."},
    Code{"recycle.in_use", 409, Kind::kAnswer, "还有其他记录引用它，请先彻底删除那些记录", "Other records still refer to it: purge those first."},
    Code{"recycle.no_pool", 409, Kind::kAnswer, "原负责人不能接回该客户，且它没有可退回的公海", "Its owner cannot take it back and it has no pool to return to."},
    Code{"recycle.parent_deleted", 409, Kind::kAnswer, "所属的客户或合同在回收站中，请先恢复它", "Its customer or contract is in the recycle bin: restore that first."},
    Code{"report.too_large", 400, Kind::kAnswer, "导出的记录超过 10 万条，请缩小日期范围或人员范围", "The export holds more than 100,000 records; choose fewer days or people."},
    Code{"request.idempotency_mismatch", 422, Kind::kAnswer, "该 Idempotency-Key 已用于另一个请求", "This Idempotency-Key was used for another request."},
    Code{"request.malformed", 400, Kind::kAnswer, "请求格式错误", "The request is malformed."},
    Code{"request.method_not_allowed", 405, Kind::kAnswer, "不支持该请求方法", "This method is not allowed here."},
    Code{"request.rolled_back", 500, Kind::kInternal, "", ""},
    Code{"request.too_large", 413, Kind::kAnswer, "请求内容过大", "The request body is too large."},
    Code{"reveal.quota_exceeded", 429, Kind::kAnswer, "今日查看号码次数已用完，请明天再试", "You have used up today's phone reveals; try again tomorrow."},
    Code{"role.builtin", 422, Kind::kAnswer, "内置角色不能删除，管理员角色的权限不能修改", "Built-in roles cannot be deleted and the administrator role cannot be narrowed."},
    Code{"role.in_use", 409, Kind::kAnswer, "仍有员工使用该角色，请先取消分配", "Take this role away from its users before deleting it."},
    Code{"role.name_taken", 409, Kind::kAnswer, "角色名称已存在", "A role with this name already exists."},
    Code{"setup.done", 409, Kind::kAnswer, "公司已创建，请直接登录", "A company already exists; please log in."},
    Code{"target.already_set", 409, Kind::kRow, "该指标、期间和对象已设置目标", "A target is set for this metric, period and assignee already."},
    Code{"target.locked", 409, Kind::kAnswer, "该期间的目标已锁定，请先解锁再修改", "The targets of this period are locked; unlock the period to change them."},
    Code{"tenant.code_taken", 500, Kind::kInternal, "", ""},  // `quanke tenant create` only: POST /setup answers setup.done first
    Code{"unavailable", 503, Kind::kAnswer, "服务暂时不可用，请稍后重试", "The service is unavailable. Please try again shortly."},
    Code{"user.mobile_taken", 409, Kind::kAnswer, "手机号已被使用", "This mobile number is already in use."},
    Code{"user.self_resign", 422, Kind::kAnswer, "不能将自己设为离职", "You cannot mark yourself as resigned."},
    Code{"user.username_taken", 409, Kind::kAnswer, "用户名已被使用", "This username is already in use."},
    Code{"validation.failed", 400, Kind::kAnswer, "请检查填写的内容", "Please check the highlighted fields."},
    Code{"validation.malformed_json", 400, Kind::kAnswer, "请求内容不是有效的 JSON", "The request body is not valid JSON."},
    Code{"webhook.http_error", 500, Kind::kInternal, "", ""},
    Code{"webhook.private_address", 422, Kind::kAnswer, "该地址属于内网，需管理员允许后才能使用", "The address is on a private network; an administrator must allow it."},
    Code{"webhook.robot_error", 500, Kind::kInternal, "", ""},
    Code{"webhook.unreachable", 500, Kind::kInternal, "", ""},
    Code{"webhook.unresolvable", 422, Kind::kAnswer, "无法解析该地址的域名", "The webhook host does not resolve."},
};

}  // namespace

std::span<const Code> All() { return kCodes; }

const Code* Find(std::string_view code) {
  for (const auto& c : kCodes)
    if (c.code == code) return &c;
  return nullptr;
}

int HttpStatusOf(std::string_view code) {
  const Code* c = Find(code);
  return c && c->kind == Kind::kAnswer ? c->http_status : 500;
}

}  // namespace quanke::errors
