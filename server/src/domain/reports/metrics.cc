// The metric catalogue, ranges of local days, the per-user values and the people a caller may
// see under a department (docs/api-targets.md, "Metrics").
#include "domain/reports/metrics.h"

#include <algorithm>
#include <set>

#include "core/ids.h"
#include "domain/org/department_repository.h"
#include "domain/org/user_repository.h"
#include "domain/reports/report_repository.h"

namespace quanke::reports {

const std::vector<MetricInfo>& Metrics() {
  static const std::vector<MetricInfo> kMetrics = {
      {"contractAmountFen", true, true, true},      {"paymentAmountFen", true, true, true},
      {"newCustomers", false, true, true},          {"newContacts", false, false, true},
      {"followUps", false, true, true},             {"visits", false, true, true},
      {"customersVisited", false, false, false},    {"newOpportunities", false, true, true},
      {"advancedOpportunities", false, false, true}, {"wonOpportunities", false, true, true},
      {"wonAmountFen", true, true, true},           {"newLeads", false, true, true},
      {"convertedLeads", false, true, true},        {"workLogs", false, false, true},
  };
  return kMetrics;
}

const MetricInfo* FindMetric(std::string_view key) {
  for (const auto& m : Metrics())
    if (key == m.key) return &m;
  return nullptr;
}

Range RangeOf(const TimeZone& zone, LocalDate first, LocalDate last) {
  return Range{first, last, zone.StartOf(first), zone.StartOf(last + 1)};
}

std::pair<LocalDate, LocalDate> MonthOf(LocalDate day) {
  const std::string text = FormatDate(day);  // YYYY-MM-DD
  const int y = std::stoi(text.substr(0, 4)), m = std::stoi(text.substr(5, 2)), d = std::stoi(text.substr(8, 2));
  const std::string month = m == 12 ? "01" : std::string(m < 9 ? "0" : "") + std::to_string(m + 1);
  LocalDate next = 0;
  ParseDate(std::to_string(m == 12 ? y + 1 : y) + "-" + month + "-01", &next);
  return {day - (d - 1), next - 1};
}

namespace {

// More marks than this and a report reads the sources for the whole range (a bulk change the
// refresh has not caught up with yet).
constexpr int kMaxMarks = 500;

void Add(std::map<Id, std::int64_t>& sum, const std::map<Id, std::int64_t>& values) {
  for (const auto& [user, v] : values) sum[user] += v;
}

// Appends [first, last] to spans, joining it to the last span when they touch.
void Append(std::vector<DaySpan>& spans, LocalDate first, LocalDate last) {
  if (!spans.empty() && spans.back().last + 1 == first) spans.back().last = last;
  else spans.push_back(DaySpan{first, last});
}

}  // namespace

Result<std::map<Id, std::int64_t>> ValuesPerUser(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                                 const MetricInfo& metric, const Range& range,
                                                 const std::vector<Id>* users, const CustomerLevels& levels) {
  auto finish = [](Result<std::map<Id, std::int64_t>> values) {
    if (values.ok()) std::erase_if(*values, [](const auto& kv) { return kv.second == 0; });
    return values;
  };
  auto live = [&] { return finish(MetricValuesPerUser(conn, tenant_id, metric, range)); };
  if (!levels.empty()) return finish(MetricValuesPerUser(conn, tenant_id, metric, range, users, levels));
  if (!metric.additive) {  // customersVisited: from each person's last visit of each customer when it can tell
    auto pairs = CustomersVisitedFromPairs(conn, tenant_id, range, users);
    if (!pairs.ok()) return pairs.status();
    return *pairs ? finish(std::move(**pairs)) : live();
  }
  auto state = ReadMetricState(conn, tenant_id);
  if (!state.ok()) return state.status();
  // No aggregate yet, one cut in another zone, or none of the range's days in it.
  if (!*state || (*state)->zone != zone.name() || range.last < (*state)->first_day ||
      range.first > (*state)->sealed_through)
    return live();
  const LocalDate a = std::max(range.first, (*state)->first_day), b = std::min(range.last, (*state)->sealed_through);
  auto marks = ReadMetricMarks(conn, tenant_id, kMaxMarks + 1);
  if (!marks.ok()) return marks.status();
  if (marks->size() > static_cast<size_t>(kMaxMarks)) return live();
  std::set<LocalDate> dirty;
  for (const auto& m : *marks) {
    LocalDate d = 0;
    if (m.at) d = zone.DateOf(*m.at);
    else if (!m.on_date || !ParseDate(*m.on_date, &d)) continue;
    if (d >= a && d <= b) dirty.insert(d);
  }

  // The sealed days: whole clean months from their month rows, the other clean days from their
  // day rows; the marked days and the days outside the aggregate from the sources.
  std::vector<DaySpan> months, days, sources;
  if (range.first < a) Append(sources, range.first, a - 1);
  for (LocalDate m = MonthOf(a).first; m <= b; m = MonthOf(m).second + 1) {
    const auto [first, last] = MonthOf(m);
    const auto from = dirty.lower_bound(first);
    const bool clean = from == dirty.end() || *from > last;
    if (first >= a && last <= b && clean) {
      if (!months.empty() && MonthOf(months.back().last).second + 1 == first) months.back().last = first;
      else months.push_back(DaySpan{first, first});
      continue;
    }
    for (LocalDate d = std::max(first, a); d <= std::min(last, b); ++d)
      Append(dirty.count(d) ? sources : days, d, d);
  }
  if (range.last > b) Append(sources, b + 1, range.last);

  auto sums = SumMetricAggregate(conn, tenant_id, metric, months, days, users);
  if (!sums.ok()) return sums.status();
  std::map<Id, std::int64_t> out = std::move(*sums);
  for (const auto& span : sources) {
    auto v = MetricValuesPerUser(conn, tenant_id, metric, RangeOf(zone, span.first, span.last));
    if (!v.ok()) return v.status();
    Add(out, *v);
  }
  return finish(std::move(out));
}

namespace {

// PeopleInScope, or with `zone` and `range` PeopleInRange.
Result<std::vector<Person>> People(storage::Connection& conn, const org::Caller& caller,
                                   std::optional<Id> department_id, const TimeZone* zone, const Range* range) {
  auto departments = org::ListDepartments(conn, caller.tenant_id);
  if (!departments.ok()) return departments.status();
  std::map<Id, std::vector<Id>> children;
  std::set<Id> known;
  for (const auto& d : *departments) {
    known.insert(d.id);
    if (d.parent_id) children[*d.parent_id].push_back(d.id);
  }
  auto subtree = [&](Id root) {
    std::set<Id> out;
    std::vector<Id> todo{root};
    while (!todo.empty()) {
      const Id id = todo.back();
      todo.pop_back();
      if (!out.insert(id).second) continue;
      for (Id c : children[id]) todo.push_back(c);
    }
    return out;
  };
  if (department_id && !known.count(*department_id)) return Status::NotFound();

  // The departments whose people the caller sees (none for scope self: only the caller).
  const bool all = caller.scope == org::DataScope::kAll;
  std::set<Id> visible;
  if (caller.scope == org::DataScope::kDepartmentTree) visible = subtree(caller.department_id);
  if (caller.scope == org::DataScope::kDepartment) visible = {caller.department_id};
  // The caller's own department is always theirs to name (a self scope sees only the caller in it).
  if (department_id && !all && !visible.count(*department_id) && *department_id != caller.department_id)
    return Status::Error("permission.denied", "This department is outside your data scope.")
        .With("departmentId", IdToString(*department_id));

  std::optional<std::set<Id>> under;
  if (department_id) under = subtree(*department_id);
  auto users = org::AllUserBriefs(conn, caller.tenant_id);
  if (!users.ok()) return users.status();
  // The stays of the people who moved since the range began (the others stayed where they are).
  std::map<Id, std::vector<org::DepartmentStay>> stays;
  if (range) {
    auto moved = org::MovedStays(conn, caller.tenant_id, range->from);
    if (!moved.ok()) return moved.status();
    for (const auto& s : *moved) stays[s.user_id].push_back(s);
  }
  std::vector<Person> out;
  for (const auto& u : *users) {
    std::vector<Person> mine;
    const auto it = stays.find(u.id);
    if (it == stays.end()) {
      mine.push_back(Person{u.id, u.name, u.department_id, u.active});
      if (range) mine.back().first = range->first, mine.back().last = range->last;
    } else {
      for (const auto& s : it->second) {
        const LocalDate first = s.from_at == 0 ? range->first : std::max(range->first, zone->DateOf(s.from_at));
        const LocalDate last = s.to_at ? std::min(range->last, zone->DateOf(*s.to_at) - 1) : range->last;
        if (first > last) continue;
        mine.push_back(Person{u.id, u.name, s.department_id, u.active, first, last,
                              first == range->first && last == range->last});
      }
    }
    for (auto& p : mine) {
      if (under && !under->count(p.department_id)) continue;
      const bool seen = all || u.id == caller.user_id || visible.count(p.department_id) > 0;
      if (seen) out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Person>> PeopleInScope(storage::Connection& conn, const org::Caller& caller,
                                          std::optional<Id> department_id) {
  return People(conn, caller, department_id, nullptr, nullptr);
}

Result<std::vector<Person>> PeopleInRange(storage::Connection& conn, const org::Caller& caller,
                                          std::optional<Id> department_id, const TimeZone& zone,
                                          const Range& range) {
  return People(conn, caller, department_id, &zone, &range);
}

Result<std::vector<std::int64_t>> ValuesOfPeople(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                                 const MetricInfo& metric, const Range& range,
                                                 const std::vector<Person>& people, const std::vector<Id>* users,
                                                 const CustomerLevels& levels) {
  auto everyone = ValuesPerUser(conn, tenant_id, zone, metric, range, users, levels);
  if (!everyone.ok()) return everyone.status();
  auto of = [](const std::map<Id, std::int64_t>& values, Id user) {
    const auto it = values.find(user);
    return it == values.end() ? std::int64_t{0} : it->second;
  };
  std::vector<std::int64_t> out;
  for (const auto& p : people) {
    if (p.whole) {
      out.push_back(of(*everyone, p.user_id));
      continue;
    }
    auto stay = ValueOfStay(conn, tenant_id, zone, metric, p, levels);
    if (!stay.ok()) return stay.status();
    out.push_back(*stay);
  }
  return out;
}

Result<std::int64_t> ValueOfStay(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                 const MetricInfo& metric, const Person& stay, const CustomerLevels& levels) {
  const std::vector<Id> one{stay.user_id};
  auto values = ValuesPerUser(conn, tenant_id, zone, metric, RangeOf(zone, stay.first, stay.last), &one, levels);
  if (!values.ok()) return values.status();
  const auto it = values->find(stay.user_id);
  return it == values->end() ? std::int64_t{0} : it->second;
}

}  // namespace quanke::reports
