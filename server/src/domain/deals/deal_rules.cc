// The pure rules of opportunities: stale, move classification, feedback, probability, items.
#include "core/text_list.h"
#include "domain/deals/deal_rules.h"

#include <boost/json.hpp>

#include <algorithm>
#include <limits>
#include <set>

namespace quanke::deals {
namespace json = boost::json;

const Stage* SalesProcess::StageById(Id stage_id) const {
  for (const auto& s : stages)
    if (s.id == stage_id) return &s;
  return nullptr;
}

const Stage* SalesProcess::Terminal(const std::string& kind) const {
  for (const auto& s : stages)
    if (s.kind == kind) return &s;
  return nullptr;
}

std::vector<const Stage*> SalesProcess::OpenStages() const {
  std::vector<const Stage*> out;
  for (const auto& s : stages)
    if (s.kind == "open") out.push_back(&s);
  std::sort(out.begin(), out.end(), [](const Stage* a, const Stage* b) { return a->position < b->position; });
  return out;
}

std::optional<Staleness> StaleOf(const std::string& status, LocalDate last_activity_date,
                                 const std::optional<std::string>& expected_close_date, std::int64_t stale_days,
                                 bool when_overdue, LocalDate today) {
  if (status != "open") return std::nullopt;
  if (stale_days > 0 && today - last_activity_date > stale_days)
    return Staleness{"no_activity", static_cast<LocalDate>(last_activity_date + stale_days)};
  LocalDate close = 0;
  if (when_overdue && expected_close_date && ParseDate(*expected_close_date, &close) && close < today)
    return Staleness{"overdue", close + 1};
  return std::nullopt;
}

MoveClass ClassifyMove(const SalesProcess& process, const Stage& from, const Stage& to) {
  MoveClass m;
  if (from.id == to.id || !process.StageById(to.id)) {
    m.error = "opportunity.bad_stage";
    return m;
  }
  const bool from_open = from.kind == "open";
  if (!from_open) {
    // Closed: only back into an open stage.
    if (to.kind != "open") m.error = "opportunity.bad_stage";
    else m.direction = "reopen";
    return m;
  }
  if (to.kind == "lost" || to.kind == "invalid") {
    m.direction = "close";
    return m;
  }
  if (to.kind == "open" && to.position < from.position) {
    m.direction = "back";
    return m;
  }
  // Forward: to a later open stage or to won.
  const auto open = process.OpenStages();
  const Stage* next = nullptr;
  for (const Stage* s : open)
    if (s->position > from.position) {
      next = s;
      break;
    }
  if (!next) next = process.Terminal("won");
  if (!process.allow_skip && next && next->id != to.id) {
    m.error = "opportunity.stage_skipped";
    m.next_stage_id = next->id;
    return m;
  }
  m.direction = "forward";
  return m;
}

bool IsFeedbackType(const std::string& type) {
  return type == "text" || type == "number" || type == "money" || type == "date" || type == "select" ||
         type == "attachment";
}

namespace {

std::size_t Utf8Length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool Blank(const json::value& v) {
  if (v.is_null()) return true;
  if (v.is_string()) return IsBlank(v.get_string());
  return false;
}

// The value's issue ("" when it is good); `attachment` gets the id of an attachment value.
std::string IssueOf(const FeedbackField& f, const json::value& v, std::optional<Id>* attachment) {
  if (f.type == "number" || f.type == "money") {
    if (!v.is_int64() && !v.is_uint64()) return "wrong_type";
    if (v.is_uint64() && v.get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return "invalid_value";
    if (f.type == "money" && v.is_int64() && v.get_int64() < 0) return "invalid_value";
    return "";
  }
  if (f.type == "attachment") {
    std::optional<Id> id;
    if (v.is_string()) id = ParseId(std::string_view(v.get_string()));
    else if (v.is_int64() && v.get_int64() > 0) id = v.get_int64();
    if (!id) return v.is_string() || v.is_int64() ? "invalid_value" : "wrong_type";
    *attachment = id;
    return "";
  }
  if (!v.is_string()) return "wrong_type";
  const std::string_view s(v.get_string());
  if (f.type == "date") {
    LocalDate d = 0;
    return s.size() == 10 && ParseDate(std::string(s), &d) ? "" : "invalid_value";
  }
  if (f.type == "select")
    return std::find(f.options.begin(), f.options.end(), s) != f.options.end() ? "" : "invalid_value";
  return Utf8Length(s) > 2000 ? "too_long" : "";
}

}  // namespace

FeedbackCheck CheckFeedback(const std::vector<FeedbackField>& fields, const json::object& given, bool require) {
  FeedbackCheck out;
  for (const auto& [key, value] : given) {
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const FeedbackField& f) { return f.key == key; });
    if (it == fields.end()) {
      out.issues.push_back({"feedback." + std::string(key), "invalid_value"});
      continue;
    }
    if (Blank(value)) continue;  // as if not given
    std::optional<Id> attachment;
    const std::string issue = IssueOf(*it, value, &attachment);
    if (!issue.empty()) {
      out.issues.push_back({"feedback." + std::string(key), issue});
      continue;
    }
    if (attachment) {
      out.attachments.push_back(*attachment);
      out.clean[key] = IdToString(*attachment);
    } else {
      out.clean[key] = value;
    }
  }
  if (require)
    for (const auto& f : fields)
      if (f.required && !out.clean.contains(f.key) &&
          std::none_of(out.issues.begin(), out.issues.end(),
                       [&](const FieldIssue& i) { return i.field == "feedback." + f.key; }))
        out.missing.push_back(&f);
  return out;
}

std::pair<std::int64_t, bool> ProbabilityAfter(const Stage& to, std::int64_t current, bool set, bool reset) {
  if (to.kind == "won") return {100, false};
  if (to.kind == "lost" || to.kind == "invalid") return {0, false};
  if (set && !reset) return {current, true};
  return {to.probability, false};
}

namespace {
bool ValidKey(const std::string& key) {
  if (key.empty() || key.size() > 32 || key[0] < 'a' || key[0] > 'z') return false;
  return std::all_of(key.begin(), key.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}
}  // namespace

std::vector<FieldIssue> CheckStages(const std::vector<StageInput>& stages) {
  std::vector<FieldIssue> issues;
  if (stages.empty() || stages.size() > 20) issues.push_back({"stages", "invalid_value"});
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const auto& s = stages[i];
    const std::string at = "stages[" + std::to_string(i) + "]";
    if (IsBlank(s.name)) issues.push_back({at + ".name", "required"});
    else if (Utf8Length(s.name) > 50) issues.push_back({at + ".name", "too_long"});
    if (s.probability < 0 || s.probability > 100) issues.push_back({at + ".probability", "invalid_value"});
    if (s.checklist.size() > 30) issues.push_back({at + ".checklist", "too_long"});
    if (s.feedback_fields.size() > 20) issues.push_back({at + ".feedbackFields", "too_long"});
    std::set<std::string> keys;
    for (std::size_t j = 0; j < s.feedback_fields.size(); ++j) {
      const auto& f = s.feedback_fields[j];
      const std::string fat = at + ".feedbackFields[" + std::to_string(j) + "]";
      if (!ValidKey(f.key) || !keys.insert(f.key).second) issues.push_back({fat + ".key", "invalid_value"});
      if (IsBlank(f.label)) issues.push_back({fat + ".label", "required"});
      if (!IsFeedbackType(f.type)) issues.push_back({fat + ".type", "invalid_value"});
      if (f.type == "select" && f.options.empty()) issues.push_back({fat + ".options", "required"});
    }
  }
  return issues;
}

std::vector<FieldIssue> CheckItems(const std::vector<Item>& items, std::int64_t* sum) {
  std::vector<FieldIssue> issues;
  if (items.size() > 100) issues.push_back({"items", "too_long"});
  std::int64_t total = 0;
  constexpr std::int64_t kMaxFen = 1'000'000'000'000'000LL;  // 10^16 yuan: far above any deal
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const std::string at = "items[" + std::to_string(i) + "]";
    const std::size_t before = issues.size();
    if (IsBlank(it.name) && !it.product_id)
      issues.push_back({at + ".name", "required"});
    if (it.quantity < 1 || it.quantity > 1'000'000'000) issues.push_back({at + ".quantity", "invalid_value"});
    if (it.unit_price_fen < 0 || it.unit_price_fen > kMaxFen) issues.push_back({at + ".unitPriceFen", "invalid_value"});
    if (issues.size() != before) continue;
    std::int64_t line = 0;
    if (__builtin_mul_overflow(it.quantity, it.unit_price_fen, &line) || line > kMaxFen) {
      issues.push_back({at + ".unitPriceFen", "invalid_value"});
      continue;
    }
    if (it.discount_fen < 0 || it.discount_fen > line) {
      issues.push_back({at + ".discountFen", "invalid_value"});
      continue;
    }
    total += line - it.discount_fen;
    if (total > kMaxFen) issues.push_back({"items", "invalid_value"});
  }
  if (sum) *sum = total;
  return issues;
}

}  // namespace quanke::deals
