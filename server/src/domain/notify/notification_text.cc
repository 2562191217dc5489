#include "domain/notify/notification_text.h"

#include <boost/json.hpp>

#include <array>

namespace quanke::notify {
namespace {

struct Template {
  std::string_view key;  // type, or type#variant
  std::string_view zh, en;
};

// Keep in step with `notificationText` in web/src/locales/zh-CN.ts and en.ts.
constexpr std::array kTemplates = {
    Template{"lead.assigned", "线索「{lead}」已分配给你", "Lead “{lead}” was assigned to you"},
    Template{"lead.assigned_many", "{count} 条新线索已分配给你", "{count} new leads were assigned to you"},
    Template{"lead.reclaimed", "线索「{lead}」已自动退回线索池", "Lead “{lead}” went back to the lead pool"},
    Template{"lead.reclaimed_many", "{count} 条线索已自动退回线索池", "{count} of your leads went back to the lead pool"},
    Template{"lead.unassigned", "线索池「{pool}」有 {count} 条线索超过 {hours} 小时未分配", "{count} leads in “{pool}” have waited more than {hours} hours"},
    Template{"lead.untouched", "线索「{lead}」分配给你后还没有跟进", "You have not followed up lead “{lead}” yet"},
    Template{"opportunity.stale", "商机「{opportunity}」（{customer}）已停滞，请及时推进",
             "Opportunity “{opportunity}” ({customer}) has stalled: move it forward"},
    Template{"approval.pending", "{applicant} 提交的审批「{title}」等待你处理",
             "“{title}” from {applicant} is waiting for your approval"},
    Template{"approval.decided#approved", "你的审批「{title}」已通过（{by}）", "Your approval “{title}” was approved ({by})"},
    Template{"approval.decided#rejected", "你的审批「{title}」被驳回（{by}）", "Your approval “{title}” was rejected ({by})"},
    Template{"approval.decided#returned", "你的审批「{title}」被退回修改（{by}）",
             "Your approval “{title}” was returned to you ({by})"},
    Template{"approval.commented", "{by} 评论了审批「{title}」", "{by} commented on the approval “{title}”"},
    Template{"contract.activated", "成交确认：合同「{number} {name}」（{customer}）已生效，金额 ¥{total}",
             "Deal confirmed: contract “{number} {name}” ({customer}) is in force, ¥{total}"},
    Template{"contract.ending", "合同「{number} {name}」（{customer}）将于 {endDate} 到期",
             "Contract “{number} {name}” ({customer}) ends on {endDate}"},
    Template{"instalment.due", "合同 {number}（{customer}）第 {seq} 期回款 ¥{owed} 将于 {dueDate} 到期",
             "Instalment {seq} of contract {number} ({customer}), ¥{owed}, is due on {dueDate}"},
    Template{"instalment.overdue", "合同 {number}（{customer}）第 {seq} 期回款 ¥{owed} 已逾期（应于 {dueDate} 收回）",
             "Instalment {seq} of contract {number} ({customer}), ¥{owed}, is overdue (due on {dueDate})"},
    Template{"customer.assigned", "公海客户「{customer}」已分配给你", "Pool customer “{customer}” was assigned to you"},
    Template{"customer.released", "客户「{customer}」已被退回公海：{reason}", "Customer “{customer}” was released to the pool: {reason}"},
    Template{"customer.transferred", "客户「{customer}」已转移给你", "Customer “{customer}” was transferred to you"},
    Template{"customer.transferred_away", "客户「{customer}」已转移给{user}", "Customer “{customer}” was transferred to {user}"},
    Template{"customer.reclaimed", "客户「{customer}」已自动退回公海", "Customer “{customer}” went back to the pool"},
    Template{"customer.reclaimed#many", "{count} 个客户已自动退回公海", "{count} customers went back to the pool"},
    Template{"customer.reclaim_soon", "客户「{customer}」将于 {date} 退回公海，请及时跟进",
             "Customer “{customer}” goes back to the pool on {date}: follow up in time"},
    Template{"customer.handover", "{leaver} 的 {count} 个客户已交接给你", "{count} customers of {leaver} were handed over to you"},
    Template{"customer.team_added", "你已加入客户「{customer}」的销售团队", "You joined the sales team of “{customer}”"},
    Template{"followup.created", "{actor} 跟进了客户「{customer}」", "{actor} followed up “{customer}”"},
    Template{"discussion.mention", "{actor} 在客户「{customer}」的讨论中提到了你", "{actor} mentioned you in the discussion of “{customer}”"},
    Template{"discussion.message", "{actor} 在客户「{customer}」的讨论中发言", "{actor} wrote in the discussion of “{customer}”"},
    Template{"feed.mention", "{actor} 在评论中提到了你", "{actor} mentioned you in a comment"},
    Template{"feed.comment", "{actor} 评论了你的动态「{customer}」", "{actor} commented on your post about “{customer}”"},
    Template{"feed.comment#general", "{actor} 评论了你的动态", "{actor} commented on your post"},
    Template{"feed.like", "{actor} 赞了你的动态「{customer}」", "{actor} liked your post about “{customer}”"},
    Template{"feed.like#general", "{actor} 赞了你的动态", "{actor} liked your post"},
    Template{"visit.plan_due", "拜访提醒：{time} 拜访「{customer}」", "Visit reminder: {time} at “{customer}”"},
    Template{"webhook.test", "圈客 Webhook 测试消息", "Quanke webhook test message"},
};

std::string Param(const NotificationParams& params, std::string_view name) {
  for (const auto& [k, v] : params)
    if (k == name) return v;
  return {};
}

// The template key of a notification: some types read differently by their parameters.
std::string KeyOf(const std::string& type, const NotificationParams& params) {
  if (type == "customer.reclaimed" && !Param(params, "count").empty() && Param(params, "count") != "1")
    return type + "#many";
  // approval.decided reads by how it ended (a withdrawal tells nobody).
  if (type == "approval.decided") return type + "#" + Param(params, "status");
  if ((type == "feed.comment" || type == "feed.like") && Param(params, "customer").empty()) return type + "#general";
  return type;
}

}  // namespace

std::string ParamsToJson(const NotificationParams& params) {
  boost::json::object o;
  for (const auto& [k, v] : params) o[k] = v;
  return boost::json::serialize(o);
}

NotificationParams ParamsFromJson(std::string_view json) {
  NotificationParams out;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(json, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& [k, value] : v.as_object())
    if (value.is_string()) out.emplace_back(std::string(k), std::string(value.as_string()));
  return out;
}

std::string NotificationTitle(const std::string& type, const NotificationParams& params, std::string_view language,
                              const std::string& stored_title) {
  if (params.empty() && !stored_title.empty()) return stored_title;
  const std::string key = KeyOf(type, params);
  for (const auto& t : kTemplates) {
    if (t.key != key) continue;
    const std::string_view text = language == "en" ? t.en : t.zh;
    std::string out;
    for (size_t i = 0; i < text.size();) {
      if (text[i] == '{') {
        const size_t close = text.find('}', i);
        if (close != std::string_view::npos) {
          out += Param(params, text.substr(i + 1, close - i - 1));
          i = close + 1;
          continue;
        }
      }
      out.push_back(text[i++]);
    }
    return out;
  }
  return stored_title.empty() ? type : stored_title;
}

}  // namespace quanke::notify
