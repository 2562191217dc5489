// The funnel and the forecast against a brute-force count: random processes and opportunities
// with random stage histories (forward, back, skip, close, reopen) of owners in two regions,
// created and closed across months and around the tenant's midnights, are written with SQL; every
// number of every answer is then recomputed here from the generated structs, for callers of each
// data scope and with the department and owner filters (issue 15, docs/api-opportunities.md).
#include "domain/deals/deal_analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <future>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "domain/org/audit_repository.h"
#include "org_test_fixture.h"

namespace quanke::deals {
namespace {
using storage::V;

constexpr Instant kNow = 1795000000000;  // 2026-11-19 in Shanghai
constexpr std::int64_t kDayMs = 86400000;
constexpr std::int64_t kShanghaiOffsetMs = 8 * 3600000;  // no daylight saving since 1991

// The tenant's calendar, computed here without the server's time-zone code.
LocalDate LocalDay(Instant t) { return static_cast<LocalDate>((t + kShanghaiOffsetMs) / kDayMs); }
Instant Midnight(LocalDate d) { return static_cast<Instant>(d) * kDayMs - kShanghaiOffsetMs; }
std::string MonthOfInstant(Instant t) { return FormatDate(LocalDay(t)).substr(0, 7); }
LocalDate Date(const std::string& text) {
  LocalDate d = 0;
  EXPECT_TRUE(ParseDate(text, &d)) << text;
  return d;
}

struct GenStage {
  Id id = 0;
  std::string kind, name;
  std::int64_t position = 0, probability = 0;
};

struct GenProcess {
  Id id = 0;
  bool is_default = false, allow_skip = false;
  std::vector<GenStage> open;  // by position
  GenStage won, lost, invalid;
};

struct GenChange {
  Id from = 0;  // 0: the creation
  const GenStage* to = nullptr;
  std::optional<std::int64_t> ms_in_from;
  Instant at = 0;
};

struct GenOpp {
  Id id = 0, owner = 0;
  const GenProcess* process = nullptr;
  std::int64_t amount = 0, probability = 0, max_position = 0;
  std::optional<std::string> close_date;
  Instant created_at = 0;
  std::string status = "open", reason;
  const GenStage* stage = nullptr;
  std::optional<Instant> closed_at;
  bool deleted = false;
  std::vector<GenChange> changes;
};

const std::vector<std::string> kLostReasons = {"价格太高", "lost to rival & co", "预算取消"};
// The percent-encoded form the drill-down queries must carry.
const std::map<std::string, std::string> kEncoded = {
    {"价格太高", "%E4%BB%B7%E6%A0%BC%E5%A4%AA%E9%AB%98"},
    {"lost to rival & co", "lost%20to%20rival%20%26%20co"},
    {"预算取消", "%E9%A2%84%E7%AE%97%E5%8F%96%E6%B6%88"}};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  std::int64_t Uniform(std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
  }
  bool Chance(int percent) { return Uniform(1, 100) <= percent; }

  GenProcess Process(Id id, int open_stages, bool is_default, bool allow_skip) {
    GenProcess p;
    p.id = id;
    p.is_default = is_default;
    p.allow_skip = allow_skip;
    for (int i = 1; i <= open_stages; ++i)
      p.open.push_back({id + i, "open", "阶段" + std::to_string(i), i, Uniform(5, 95)});
    p.won = {id + 50, "won", "赢单", open_stages + 1, 100};
    p.lost = {id + 51, "lost", "输单", open_stages + 2, 0};
    p.invalid = {id + 52, "invalid", "无效", open_stages + 2, 0};
    return p;
  }

  // An instant of the tenant's day `day`: often right at or beside its midnight.
  Instant AroundMidnight(LocalDate day) {
    switch (Uniform(0, 3)) {
      case 0:
        return Midnight(day) - 1;
      case 1:
        return Midnight(day);
      case 2:
        return Midnight(day) + 1;
      default:
        return Midnight(day) + Uniform(0, kDayMs - 1);
    }
  }

  // The first instant of the tenant's month after the one holding `t`.
  static Instant NextMonthStart(Instant t) {
    LocalDate d = LocalDay(t);
    const std::string month = FormatDate(d).substr(0, 7);
    while (FormatDate(d).substr(0, 7) == month) ++d;
    return Midnight(d);
  }

  GenOpp Opportunity(Id id, const GenProcess& p, const std::vector<Id>& owners) {
    GenOpp o;
    o.id = id;
    o.process = &p;
    o.owner = owners[static_cast<size_t>(Uniform(0, static_cast<std::int64_t>(owners.size()) - 1))];
    o.amount = Chance(5) ? 0 : Uniform(1, 2000000000);
    o.created_at = AroundMidnight(LocalDay(kNow) - static_cast<LocalDate>(Uniform(0, 420)));
    if (!Chance(15))
      o.close_date = FormatDate(LocalDay(kNow) + static_cast<LocalDate>(Uniform(-100, 260)));
    o.deleted = Chance(6);
    size_t index =
        Chance(80) ? 0
                   : static_cast<size_t>(Uniform(0, static_cast<std::int64_t>(p.open.size()) - 1));
    Enter(o, 0, &p.open[index], o.created_at, std::nullopt);
    Instant entered = o.created_at, t = o.created_at;
    const int steps = static_cast<int>(Uniform(0, 7));
    for (int step = 0; step < steps; ++step) {
      t += Uniform(60000, 30 * kDayMs);
      const GenStage* to = nullptr;
      if (o.status != "open") {
        if (!Chance(40)) break;  // stays closed
        index = static_cast<size_t>(Uniform(0, static_cast<std::int64_t>(p.open.size()) - 1));
        to = &p.open[index];  // reopen
      } else {
        const std::int64_t move = Uniform(1, 100);
        if (move <= 45) {  // forward: the next stage, a later one when the process allows skipping
          size_t next = index + 1;
          if (p.allow_skip && Chance(30))
            next = static_cast<size_t>(Uniform(static_cast<std::int64_t>(index) + 1,
                                               static_cast<std::int64_t>(p.open.size())));
          if (next >= p.open.size())
            to = &p.won;
          else
            to = &p.open[index = next];
        } else if (move <= 60 && index > 0) {  // back
          index = static_cast<size_t>(Uniform(0, static_cast<std::int64_t>(index) - 1));
          to = &p.open[index];
        } else if (move <= 72) {
          to = &p.won;
        } else if (move <= 90) {
          to = &p.lost;
        } else {
          to = &p.invalid;
        }
      }
      // Some closes land right at (or just before) the start of a month of the tenant.
      if (to->kind != "open" && Chance(25)) t = std::max(t, NextMonthStart(t) - Uniform(0, 1));
      Enter(o, o.stage->id, to, t, t - entered);
      entered = t;
    }
    o.probability = o.status == "won"    ? 100
                    : o.status == "open" ? (Chance(20) ? 69 + Uniform(0, 1) : Uniform(0, 100))
                                         : 0;
    return o;
  }

 private:
  void Enter(GenOpp& o, Id from, const GenStage* to, Instant at, std::optional<std::int64_t> ms) {
    o.changes.push_back({from, to, ms, at});
    o.stage = to;
    if (to->kind == "open" || to->kind == "won")
      o.max_position = std::max(o.max_position, to->position);
    o.status = to->kind;
    o.reason.clear();
    o.closed_at.reset();
    if (to->kind == "lost") o.reason = kLostReasons[static_cast<size_t>(Uniform(0, 2))];
    if (to->kind == "invalid") o.reason = "重复录入";
    if (to->kind != "open") o.closed_at = at;
  }

  std::mt19937_64 rng_;
};

Status InsertProcess(storage::Connection& c, Id tenant, const GenProcess& p) {
  Status s = c.Exec(
      "INSERT INTO sales_processes (tenant_id, id, name, allow_skip, is_default, created_at, "
      "updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $6)",
      {V(tenant), V(p.id), V("流程" + IdToString(p.id)), V(std::int64_t{p.allow_skip}),
       V(std::int64_t{p.is_default}), V(kNow)});
  std::vector<const GenStage*> stages{&p.won, &p.lost, &p.invalid};
  for (const auto& st : p.open) stages.push_back(&st);
  for (const GenStage* st : stages) {
    if (!s.ok()) return s;
    s = c.Exec(
        "INSERT INTO sales_stages (tenant_id, id, process_id, position, kind, name, probability) "
        "VALUES "
        "($1, $2, $3, $4, $5, $6, $7)",
        {V(tenant), V(st->id), V(p.id), V(st->position), V(st->kind), V(st->name),
         V(st->probability)});
  }
  return s;
}

Status InsertOpportunity(storage::Connection& c, Id tenant, const GenOpp& o, Id* next_change_id) {
  const GenChange& last = o.changes.back();
  Status s = c.Exec(
      "INSERT INTO opportunities (tenant_id, id, customer_id, name, amount_fen, "
      "expected_close_date, process_id, "
      "stage_id, stage_position, max_position, stage_entered_at, probability, status, "
      "close_reason, closed_at, "
      "owner_id, last_activity_at, created_at, updated_at, deleted_at) VALUES ($1, $2, 1, 'o', $3, "
      "$4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14, $9, $15, $9, $16)",
      {V(tenant), V(o.id), V(o.amount), o.close_date ? V(*o.close_date) : V(nullptr),
       V(o.process->id), V(o.stage->id), V(o.stage->position), V(o.max_position), V(last.at),
       V(o.probability), V(o.status), V(o.reason), o.closed_at ? V(*o.closed_at) : V(nullptr),
       V(o.owner), V(o.created_at), o.deleted ? V(kNow) : V(nullptr)});
  for (const auto& ch : o.changes) {
    if (!s.ok()) return s;
    s = c.Exec(
        "INSERT INTO opportunity_stage_changes (tenant_id, id, opportunity_id, process_version, "
        "from_stage_id, "
        "to_stage_id, to_name, to_kind, to_position, direction, ms_in_from, amount_fen, "
        "probability, at) VALUES "
        "($1, $2, $3, 1, $4, $5, $6, $7, $8, 'forward', $9, $10, 0, $11)",
        {V(tenant), V((*next_change_id)++), V(o.id), ch.from ? V(ch.from) : V(nullptr),
         V(ch.to->id), V(ch.to->name), V(ch.to->kind), V(ch.to->position),
         ch.ms_in_from ? V(*ch.ms_in_from) : V(nullptr), V(o.amount), V(ch.at)});
  }
  return s;
}

// Who may see whose opportunities: the demo's departments and users, read once.
struct Org {
  std::map<Id, Id> parent;         // department → parent (0 at the root)
  std::map<Id, Id> department_of;  // user → department

  bool InSubtree(Id department, Id root) const {
    for (Id d = department; d != 0; d = parent.count(d) ? parent.at(d) : 0)
      if (d == root) return true;
    return false;
  }
  bool Sees(const org::Caller& caller, Id owner) const {
    switch (caller.scope) {
      case org::DataScope::kAll:
        return true;
      case org::DataScope::kSelf:
        return owner == caller.user_id;
      case org::DataScope::kDepartment:
        return owner == caller.user_id || department_of.at(owner) == caller.department_id;
      case org::DataScope::kDepartmentTree:
        return owner == caller.user_id || InSubtree(department_of.at(owner), caller.department_id);
    }
    return false;
  }
};

struct Filter {
  std::optional<Id> department_id, owner_id;
};

bool Covered(const Org& org, const org::Caller& caller, const Filter& f, const GenOpp& o) {
  if (o.deleted || !org.Sees(caller, o.owner)) return false;
  if (f.owner_id && o.owner != *f.owner_id) return false;
  return !f.department_id || org.InSubtree(org.department_of.at(o.owner), *f.department_id);
}

std::string OwnerParams(const Filter& f) {
  std::string s;
  if (f.department_id) s += "&departmentId=" + IdToString(*f.department_id);
  if (f.owner_id) s += "&ownerId=" + IdToString(*f.owner_id);
  return s;
}

std::optional<std::int64_t> Bp(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  return part * 10000 / whole;
}

void ExpectFunnel(const Funnel& got, const std::vector<GenOpp>& opps, const GenProcess& p,
                  const Org& org, const org::Caller& caller, const Filter& f, LocalDate from,
                  LocalDate to, const std::string& what) {
  SCOPED_TRACE(what);
  std::vector<const GenOpp*> cohort;
  for (const auto& o : opps)
    if (o.process == &p && Covered(org, caller, f, o) && LocalDay(o.created_at) >= from &&
        LocalDay(o.created_at) <= to)
      cohort.push_back(&o);
  ASSERT_EQ(got.process_id, std::optional<Id>(p.id));
  EXPECT_EQ(got.from, from);
  EXPECT_EQ(got.to, to);
  const std::string dates =
      "&createdFrom=" + FormatDate(from) + "&createdTo=" + FormatDate(to) + OwnerParams(f);
  const std::string process = "processId=" + IdToString(p.id);
  auto reached = [&](std::int64_t position) {
    return std::count_if(cohort.begin(), cohort.end(),
                         [&](const GenOpp* o) { return o->max_position >= position; });
  };
  ASSERT_EQ(got.stages.size(), p.open.size());
  for (size_t i = 0; i < p.open.size(); ++i) {
    const GenStage& st = p.open[i];
    const FunnelStage& g = got.stages[i];
    SCOPED_TRACE(st.name);
    std::int64_t count = 0, amount = 0, stays = 0, ms = 0;
    for (const GenOpp* o : cohort) {
      if (o->status == "open" && o->stage == &st) {
        ++count;
        amount += o->amount;
      }
      for (const auto& ch : o->changes)
        if (ch.from == st.id && ch.ms_in_from) {
          ++stays;
          ms += *ch.ms_in_from;
        }
    }
    EXPECT_EQ(g.stage_id, st.id);
    EXPECT_EQ(g.name, st.name);
    EXPECT_EQ(g.kind, "open");
    EXPECT_EQ(g.position, st.position);
    EXPECT_EQ(g.probability, st.probability);
    EXPECT_EQ(g.count, count);
    EXPECT_EQ(g.amount_fen, amount);
    EXPECT_EQ(g.reached, reached(st.position));
    const std::int64_t next = i + 1 < p.open.size() ? p.open[i + 1].position : p.won.position;
    EXPECT_EQ(g.conversion_bp, Bp(reached(next), reached(st.position)));
    EXPECT_EQ(g.avg_ms_in_stage, stays ? std::optional<std::int64_t>(ms / stays) : std::nullopt);
    EXPECT_EQ(g.query, process + "&stageId=" + IdToString(st.id) + "&status=open" + dates);
    EXPECT_EQ(g.reached_query, process + "&reachedPosition=" + std::to_string(st.position) + dates);
  }
  std::map<std::string, FunnelOutcome> outcomes;
  std::map<std::string, std::int64_t> reasons;
  for (const GenOpp* o : cohort) {
    outcomes[o->status].count++;
    outcomes[o->status].amount_fen += o->amount;
    if (o->status == "lost") reasons[o->reason]++;
  }
  for (auto [status, g] : {std::pair{"won", &got.won}, std::pair{"lost", &got.lost},
                           std::pair{"invalid", &got.invalid}}) {
    EXPECT_EQ(g->count, outcomes[status].count) << status;
    EXPECT_EQ(g->amount_fen, outcomes[status].amount_fen) << status;
    EXPECT_EQ(g->query, process + "&status=" + status + dates);
  }
  std::vector<std::pair<std::string, std::int64_t>> want_reasons(reasons.begin(), reasons.end());
  std::stable_sort(want_reasons.begin(), want_reasons.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  ASSERT_EQ(got.lost_reasons.size(), want_reasons.size());
  for (size_t i = 0; i < want_reasons.size(); ++i) {
    EXPECT_EQ(got.lost_reasons[i].reason, want_reasons[i].first);
    EXPECT_EQ(got.lost_reasons[i].count, want_reasons[i].second);
    EXPECT_EQ(got.lost_reasons[i].query,
              process + "&status=lost&lostReason=" + kEncoded.at(want_reasons[i].first) + dates);
  }
  EXPECT_EQ(got.win_rate_bp,
            Bp(outcomes["won"].count, outcomes["won"].count + outcomes["lost"].count));
}

void ExpectForecast(const Forecast& got, const std::vector<GenOpp>& opps, const GenProcess* p,
                    const Org& org, const org::Caller& caller, const Filter& f,
                    const std::vector<std::string>& months, const std::string& what) {
  SCOPED_TRACE(what);
  ASSERT_EQ(got.months.size(), months.size());
  const std::string process = p ? "processId=" + IdToString(p->id) + "&" : "";
  for (size_t i = 0; i < months.size(); ++i) {
    const std::string& m = months[i];
    ForecastMonth want;
    for (const auto& o : opps) {
      if ((p && o.process != p) || !Covered(org, caller, f, o)) continue;
      if (o.status == "open" && o.close_date && o.close_date->substr(0, 7) == m) {
        ++want.count;
        want.amount_fen += o.amount;
        want.weighted_fen += o.amount * o.probability / 100;
        if (o.probability >= 70) want.commit_fen += o.amount;
      }
      if (o.status == "won" && MonthOfInstant(*o.closed_at) == m) want.won_fen += o.amount;
    }
    const ForecastMonth& g = got.months[i];
    SCOPED_TRACE(m);
    EXPECT_EQ(g.month, m);
    EXPECT_EQ(g.count, want.count);
    EXPECT_EQ(g.amount_fen, want.amount_fen);
    EXPECT_EQ(g.weighted_fen, want.weighted_fen);
    EXPECT_EQ(g.won_fen, want.won_fen);
    EXPECT_EQ(g.commit_fen, want.commit_fen + want.won_fen);
    EXPECT_EQ(g.best_case_fen, want.amount_fen + want.won_fen);
    EXPECT_EQ(g.query, process + "status=open&closeMonth=" + m + OwnerParams(f));
    EXPECT_EQ(g.won_query, process + "status=won&closedMonth=" + m + OwnerParams(f));
  }
}

std::vector<std::string> MonthsFrom(const std::string& first, int n) {
  std::vector<std::string> out;
  MonthIndex m = 0;
  EXPECT_TRUE(ParseMonth(first, &m));
  for (int i = 0; i < n; ++i) out.push_back(FormatMonth(m + i));
  return out;
}

class DealAnalysisTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<org::testing::DemoCompany>(GetParam(), kNow, /*customers=*/0);
    ASSERT_TRUE(company_->ok());
    tenant_ = company_->TenantId();
    auto lease = company_->db().Read();
    ASSERT_TRUE(lease.ok());
    auto zone = (*lease)->Query("SELECT time_zone FROM tenants WHERE id = $1", {V(tenant_)});
    ASSERT_TRUE(zone.ok() && !zone->empty());
    ASSERT_EQ(zone->front().Text(0), "Asia/Shanghai");  // the calendar LocalDay assumes
    auto departments =
        (*lease)->Query("SELECT id, parent_id FROM departments WHERE tenant_id = $1", {V(tenant_)});
    ASSERT_TRUE(departments.ok());
    for (const auto& r : departments->rows) org_.parent[r.Int(0)] = r.Int(1);
    auto users =
        (*lease)->Query("SELECT id, department_id FROM users WHERE tenant_id = $1", {V(tenant_)});
    ASSERT_TRUE(users.ok());
    for (const auto& r : users->rows) org_.department_of[r.Int(0)] = r.Int(1);
  }

  Id User(const std::string& name) { return company_->UserId(name); }
  Id DepartmentOf(const std::string& name) { return org_.department_of.at(User(name)); }

  // Two processes of the demo tenant (the first the default, the second allowing skips) with
  // `n` opportunities between them, one process with a few opportunities in the other tenant.
  void Generate(unsigned seed, int n) {
    Generator gen(seed);
    processes_.push_back(gen.Process(1000, static_cast<int>(gen.Uniform(3, 6)), true, false));
    processes_.push_back(gen.Process(2000, 3, false, true));
    other_process_ = gen.Process(3000, 2, true, false);
    std::vector<Id> owners;
    for (const char* u :
         {"rep01", "rep02", "rep04", "rep06", "rep08", "rep09", "bj1.lead", "huadong"})
      owners.push_back(User(u));
    for (int i = 0; i < n; ++i)
      opps_.push_back(gen.Opportunity(10000 + i, processes_[i % 3 == 2 ? 1 : 0], owners));
    const std::vector<Id> other_owners{company_->UserId("rep01", "other")};
    for (int i = 0; i < 30; ++i)
      other_opps_.push_back(gen.Opportunity(90000 + i, other_process_, other_owners));
    Id change_id = 1;
    ASSERT_TRUE(storage::InTransaction(company_->db(), [&](storage::Connection& c) -> Status {
                  for (const auto& p : processes_)
                    if (Status s = InsertProcess(c, tenant_, p); !s.ok()) return s;
                  if (Status s = InsertProcess(c, company_->TenantId("other"), other_process_);
                      !s.ok())
                    return s;
                  for (const auto& o : opps_)
                    if (Status s = InsertOpportunity(c, tenant_, o, &change_id); !s.ok()) return s;
                  for (const auto& o : other_opps_)
                    if (Status s = InsertOpportunity(c, company_->TenantId("other"), o, &change_id);
                        !s.ok())
                      return s;
                  return Status::Ok();
                }).ok());
  }

  std::unique_ptr<org::testing::DemoCompany> company_;
  Id tenant_ = 0;
  Org org_;
  std::vector<GenProcess> processes_;
  GenProcess other_process_;
  std::vector<GenOpp> opps_, other_opps_;
};

TEST_P(DealAnalysisTest, FunnelEqualsABruteForceCountForEveryScopeAndFilter) {
  Generate(20261206, 420);
  DealAnalysisService service(company_->db(), company_->clock());
  struct Case {
    const char* who;
    Filter filter;
  };
  const std::vector<Case> cases = {
      {"admin", {}},
      {"admin", {DepartmentOf("huabei"), std::nullopt}},
      {"admin", {DepartmentOf("rep04"), std::nullopt}},
      {"admin", {std::nullopt, User("rep02")}},
      {"huabei", {}},                               // manager of a region: its subtree
      {"bj1.lead", {}},                             // manager of one team
      {"bj1.lead", {std::nullopt, User("rep08")}},  // an owner outside the scope: nothing
      {"rep01", {}},                                // a rep: their own
      {"rep01", {DepartmentOf("rep01"), std::nullopt}},
  };
  // Ranges: the default (this year), a whole span, and ranges bounded by creation days of the
  // data (whose opportunities sit at and beside local midnight).
  std::vector<std::pair<LocalDate, LocalDate>> ranges = {
      {Date("2026-01-01"), Date("2026-12-31")}, {LocalDay(kNow) - 500, LocalDay(kNow) + 1}};
  Generator pick(7);
  for (int i = 0; i < 3; ++i) {
    LocalDate a = LocalDay(opps_[static_cast<size_t>(pick.Uniform(0, 419))].created_at);
    LocalDate b = LocalDay(opps_[static_cast<size_t>(pick.Uniform(0, 419))].created_at);
    ranges.push_back({std::min(a, b), std::max(a, b)});
  }
  for (const auto& c : cases) {
    const org::Caller caller = company_->As(c.who);
    for (size_t r = 0; r < ranges.size(); ++r) {
      for (const GenProcess& p : processes_) {
        FunnelQuery q;
        if (!p.is_default || r % 2 == 1) q.process_id = p.id;
        if (r > 0) {
          q.from = ranges[r].first;
          q.to = ranges[r].second;
        }
        q.department_id = c.filter.department_id;
        q.owner_id = c.filter.owner_id;
        auto got = service.FunnelOf(caller, q);
        ASSERT_TRUE(got.ok()) << got.status().message();
        ExpectFunnel(
            *got, opps_, p, org_, caller, c.filter, ranges[r].first, ranges[r].second,
            std::string(c.who) + " process " + IdToString(p.id) + " range " + std::to_string(r));
      }
    }
  }
  // The data is not trivial: the whole-company funnel has every outcome, stays and reasons.
  auto all = service.FunnelOf(company_->As("admin"),
                              {std::nullopt, LocalDay(kNow) - 500, LocalDay(kNow), {}, {}});
  ASSERT_TRUE(all.ok());
  EXPECT_GT(all->won.count, 0);
  EXPECT_GT(all->lost.count, 0);
  EXPECT_GT(all->invalid.count, 0);
  EXPECT_GE(all->lost_reasons.size(), 2u);
  EXPECT_TRUE(all->stages.at(1).avg_ms_in_stage.has_value());
}

// Whole-company answers may be up to a minute old (RecentAnswers): a new opportunity shows at
// once to a narrower caller, and to the whole company within a minute — never later.
TEST_P(DealAnalysisTest, WholeCompanyReportsConvergeWithinAMinute) {
  Generate(99, 60);
  DealAnalysisService service(company_->db(), company_->clock());
  const org::Caller admin = company_->As("admin");
  const org::Caller rep = company_->As("rep01");
  const FunnelQuery whole{processes_[0].id, LocalDay(kNow) - 500, LocalDay(kNow) + 1, {}, {}};
  const ForecastQuery months{std::nullopt, std::nullopt, std::nullopt, {}, {}};
  auto before = service.FunnelOf(admin, whole);
  auto rep_before = service.FunnelOf(rep, whole);
  auto forecast_before = service.ForecastOf(admin, months);
  ASSERT_TRUE(before.ok() && rep_before.ok() && forecast_before.ok());
  // A new open opportunity of rep01 in the first stage, created now, closing this month.
  Generator gen(5);
  GenOpp o = gen.Opportunity(50000, processes_[0], {User("rep01")});
  o.changes = {{0, &processes_[0].open[0], std::nullopt, kNow}};
  o.stage = &processes_[0].open[0];
  o.status = "open";
  o.max_position = processes_[0].open[0].position;
  o.created_at = kNow;
  o.deleted = false;
  o.reason.clear();
  o.closed_at.reset();
  o.close_date = FormatDate(LocalDay(kNow));
  o.amount = 700;
  Id change_id = 900000;
  ASSERT_TRUE(storage::InTransaction(company_->db(), [&](storage::Connection& c) {
                return InsertOpportunity(c, tenant_, o, &change_id);
              }).ok());
  const std::int64_t reached0 = before->stages.at(0).reached;
  const std::int64_t open_fen0 = forecast_before->months.at(0).amount_fen;
  // The rep's own funnel is read now; the whole company's may still be the minute-old answer.
  auto rep_after = service.FunnelOf(rep, whole);
  ASSERT_TRUE(rep_after.ok());
  EXPECT_EQ(rep_after->stages.at(0).reached, rep_before->stages.at(0).reached + 1);
  auto cached = service.FunnelOf(admin, whole);
  ASSERT_TRUE(cached.ok());
  EXPECT_EQ(cached->stages.at(0).reached, reached0) << "within half a minute: the answer computed before";
  // Past half a minute the next caller computes it again (the others would still be served the
  // held answer meanwhile); a minute after the first answer nothing older is ever served.
  company_->clock().Advance(RecentAnswers<Funnel>::kMaxAgeMs / 2);
  auto refreshed = service.FunnelOf(admin, whole);
  ASSERT_TRUE(refreshed.ok());
  EXPECT_EQ(refreshed->stages.at(0).reached, reached0 + 1) << "recomputed past half its age";
  company_->clock().Advance(RecentAnswers<Funnel>::kMaxAgeMs / 2);
  auto after = service.FunnelOf(admin, whole);
  auto forecast_after = service.ForecastOf(admin, months);
  ASSERT_TRUE(after.ok() && forecast_after.ok());
  EXPECT_EQ(after->stages.at(0).reached, reached0 + 1);
  EXPECT_EQ(after->stages.at(0).count, before->stages.at(0).count + 1);
  EXPECT_EQ(forecast_after->months.at(0).amount_fen, open_fen0 + 700);
  company_->clock().Advance(-RecentAnswers<Funnel>::kMaxAgeMs);
}

// While one caller recomputes an answer past half its age, the others are served the held one at
// once; an answer past its full age is never served.
TEST(RecentAnswers, ServesTheHeldAnswerWhileOneCallerRecomputes) {
  RecentAnswers<int> answers;
  constexpr std::int64_t kMax = RecentAnswers<int>::kMaxAgeMs;
  auto value = [](int v) { return [v]() -> Result<int> { return v; }; };
  EXPECT_EQ(*answers.Get("k", 0, value(1)), 1);
  EXPECT_EQ(*answers.Get("k", kMax / 2 - 1, value(2)), 1) << "young: held";
  std::promise<void> started, release;
  std::thread slow([&] {
    auto r = answers.Get("k", kMax / 2, [&]() -> Result<int> {
      started.set_value();
      release.get_future().wait();
      return 3;
    });
    EXPECT_EQ(*r, 3);
  });
  started.get_future().wait();
  EXPECT_EQ(*answers.Get("k", kMax / 2 + 1, value(4)), 1) << "someone recomputes: the held answer, at once";
  release.set_value();
  slow.join();
  EXPECT_EQ(*answers.Get("k", kMax / 2 + 2, value(5)), 3) << "the recomputed answer";
  EXPECT_EQ(*answers.Get("k", kMax / 2 + kMax, value(6)), 6) << "past its full age: computed again";
}

TEST_P(DealAnalysisTest, ForecastEqualsABruteForceSumForEveryScopeAndFilter) {
  Generate(4242, 420);
  DealAnalysisService service(company_->db(), company_->clock());
  const std::vector<std::pair<const char*, Filter>> cases = {
      {"admin", {}},
      {"admin", {DepartmentOf("huadong"), std::nullopt}},
      {"admin", {std::nullopt, User("bj1.lead")}},
      {"huabei", {}},
      {"bj1.lead", {}},
      {"rep01", {}},
  };
  for (const auto& [who, filter] : cases) {
    const org::Caller caller = company_->As(who);
    // The default: this month (2026-11) and the next five, every process.
    ForecastQuery q;
    q.department_id = filter.department_id;
    q.owner_id = filter.owner_id;
    auto got = service.ForecastOf(caller, q);
    ASSERT_TRUE(got.ok()) << got.status().message();
    ExpectForecast(*got, opps_, nullptr, org_, caller, filter, MonthsFrom("2026-11", 6),
                   std::string(who) + " default");
    // 24 months over the whole history of closes, one process each.
    for (const GenProcess& p : processes_) {
      q.process_id = p.id;
      q.from = 0;
      ASSERT_TRUE(ParseMonth("2025-08", &*q.from));
      q.to = *q.from + 23;
      got = service.ForecastOf(caller, q);
      ASSERT_TRUE(got.ok()) << got.status().message();
      ExpectForecast(*got, opps_, &p, org_, caller, filter, MonthsFrom("2025-08", 24),
                     std::string(who) + " process " + IdToString(p.id));
    }
  }
  // Closes at month boundaries were generated: the won amounts of two neighbouring months differ
  // from a count that put them in the wrong month only if such closes exist.
  int at_boundary = 0;
  for (const auto& o : opps_)
    if (o.closed_at && (LocalDay(*o.closed_at + 1) != LocalDay(*o.closed_at) ||
                        Midnight(LocalDay(*o.closed_at)) == *o.closed_at))
      ++at_boundary;
  EXPECT_GT(at_boundary, 0);
}

TEST_P(DealAnalysisTest, RefusesOtherTenantsProcessesBadRangesAndCallersWithoutThePermission) {
  Generate(99, 30);
  DealAnalysisService service(company_->db(), company_->clock());
  const org::Caller admin = company_->As("admin");
  FunnelQuery other;
  other.process_id = other_process_.id;
  EXPECT_EQ(service.FunnelOf(admin, other).status().code(), "not_found");
  ForecastQuery other_forecast;
  other_forecast.process_id = other_process_.id;
  EXPECT_EQ(service.ForecastOf(admin, other_forecast).status().code(), "not_found");
  EXPECT_EQ(service.Export(admin, other).status().code(), "not_found");

  FunnelQuery backwards;
  backwards.from = Date("2026-05-02");
  backwards.to = Date("2026-05-01");
  EXPECT_EQ(service.FunnelOf(admin, backwards).status().code(), "validation.failed");
  ForecastQuery too_long;
  ASSERT_TRUE(ParseMonth("2026-01", &too_long.from.emplace()));
  too_long.to = *too_long.from + 24;  // 25 months
  EXPECT_EQ(service.ForecastOf(admin, too_long).status().code(), "validation.failed");
  too_long.to = *too_long.from + 23;
  EXPECT_TRUE(service.ForecastOf(admin, too_long).ok());
  too_long.to = *too_long.from - 1;
  EXPECT_EQ(service.ForecastOf(admin, too_long).status().code(), "validation.failed");

  org::Caller no_reports = company_->As("rep01");
  no_reports.permissions.erase("report.view");
  EXPECT_EQ(service.FunnelOf(no_reports, {}).status().code(), "permission.denied");
  EXPECT_EQ(service.ForecastOf(no_reports, {}).status().code(), "permission.denied");
  EXPECT_EQ(service.Export(company_->As("rep01"), {}).status().code(),
            "permission.denied");  // no report.export

  // An export answers what the funnel and the default forecast answer, and is audited.
  auto exported = service.Export(admin, {});
  ASSERT_TRUE(exported.ok()) << exported.status().message();
  auto funnel = service.FunnelOf(admin, {});
  ForecastQuery default_process;
  default_process.process_id = processes_[0].id;
  auto forecast = service.ForecastOf(admin, default_process);
  ASSERT_TRUE(funnel.ok() && forecast.ok());
  EXPECT_EQ(exported->funnel.won.amount_fen, funnel->won.amount_fen);
  ASSERT_EQ(exported->forecast.months.size(), forecast->months.size());
  for (size_t i = 0; i < forecast->months.size(); ++i)
    EXPECT_EQ(exported->forecast.months[i].commit_fen, forecast->months[i].commit_fen);
  auto lease = company_->db().Read();
  auto entries = audit::ListEntries(**lease, tenant_, audit::Filter{.action = "opportunity.funnel_export"}, PageRequest{});
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->items.size(), 1u);
  EXPECT_EQ(entries->items[0].actor_id, std::optional<Id>(admin.user_id));
}

// A tenant without any process (a new company): an empty funnel, a forecast of zeros.
TEST_P(DealAnalysisTest, ATenantWithoutProcessesAnswersEmptyReports) {
  DealAnalysisService service(company_->db(), company_->clock());
  auto funnel = service.FunnelOf(company_->As("admin"), {});
  ASSERT_TRUE(funnel.ok()) << funnel.status().message();
  EXPECT_FALSE(funnel->process_id);
  EXPECT_TRUE(funnel->stages.empty());
  EXPECT_EQ(funnel->won.count, 0);
  EXPECT_EQ(funnel->win_rate_bp, std::nullopt);
  EXPECT_EQ(funnel->won.query, "status=won&createdFrom=2026-01-01&createdTo=2026-12-31");
  auto forecast = service.ForecastOf(company_->As("admin"), {});
  ASSERT_TRUE(forecast.ok());
  ASSERT_EQ(forecast->months.size(), 6u);
  EXPECT_EQ(forecast->months.front().month, "2026-11");
  EXPECT_EQ(forecast->months.back().month, "2027-04");
}

TEST(DealAnalysisMonths, ParseAndFormat) {
  MonthIndex m = 0;
  ASSERT_TRUE(ParseMonth("2026-12", &m));
  EXPECT_EQ(FormatMonth(m), "2026-12");
  EXPECT_EQ(FormatMonth(m + 1), "2027-01");
  for (const char* bad : {"2026-13", "2026-00", "2026-1", "2026/12", "20261-2", "2026-1x", ""})
    EXPECT_FALSE(ParseMonth(bad, &m)) << bad;
}

INSTANTIATE_TEST_SUITE_P(Backends, DealAnalysisTest,
                         ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::deals
