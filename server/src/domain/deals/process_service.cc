// ProcessService: sales processes with versioned snapshots, and the default process made on a
// tenant's first use.
#include <algorithm>
#include <set>

#include "core/text_list.h"
#include "domain/deals/deal_codec.h"
#include "domain/deals/deal_rules.h"
#include "domain/deals/deal_service.h"
#include "domain/deals/process_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"

namespace quanke::deals {
namespace {
using storage::Connection;

constexpr std::int64_t kDefaultLockSalt = 0x5A1E5;  // first-use default: one maker per tenant


// Checks the fields of a create (`creating`) or PATCH.
Status Validate(const ProcessInput& in, bool creating) {
  std::vector<FieldIssue> issues;
  if (creating && !in.name) issues.push_back({"name", "required"});
  if (in.name) {
    if (IsBlank(*in.name)) issues.push_back({"name", "required"});
    else if (in.name->size() > 200) issues.push_back({"name", "too_long"});
  }
  if (in.kind && *in.kind != "pre_sale" && *in.kind != "after_sale") issues.push_back({"kind", "invalid_value"});
  if (in.description && in.description->size() > 2000) issues.push_back({"description", "too_long"});
  if (in.stale_days && (*in.stale_days < 0 || *in.stale_days > 365)) issues.push_back({"staleDays", "invalid_value"});
  for (const auto* list : {&in.lost_reasons, &in.invalid_reasons}) {
    if (!*list) continue;
    const char* field = list == &in.lost_reasons ? "lostReasons" : "invalidReasons";
    if ((*list)->size() > 30) issues.push_back({field, "too_long"});
    for (const auto& r : **list)
      if (IsBlank(r) || r.size() > 200) {
        issues.push_back({field, "invalid_value"});
        break;
      }
  }
  if (creating && !in.stages) issues.push_back({"stages", "required"});
  if (in.stages) {
    auto more = CheckStages(*in.stages);
    issues.insert(issues.end(), more.begin(), more.end());
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

void ApplyFields(const ProcessInput& in, SalesProcess& p) {
  if (in.name) p.name = *in.name;
  if (in.kind) p.kind = *in.kind;
  if (in.description) p.description = *in.description;
  if (in.department_ids) p.department_ids = *in.department_ids;
  if (in.allow_skip) p.allow_skip = *in.allow_skip;
  if (in.lost_reasons) p.lost_reasons = *in.lost_reasons;
  if (in.invalid_reasons) p.invalid_reasons = *in.invalid_reasons;
  if (in.stale_days) p.stale_days = *in.stale_days;
  if (in.stale_when_overdue) p.stale_when_overdue = *in.stale_when_overdue;
  if (in.enabled) p.enabled = *in.enabled;
}

Stage OpenStageOf(const StageInput& s, Id id, std::int64_t position) {
  Stage out;
  out.id = id;
  out.kind = "open";
  out.position = position;
  out.name = s.name;
  out.probability = s.probability;
  out.guidance_do = s.guidance_do;
  out.guidance_watch = s.guidance_watch;
  out.checklist = s.checklist;
  out.feedback_fields = s.feedback_fields;
  return out;
}

// Positions of the terminal stages after `open_count` open ones.
void PlaceTerminals(SalesProcess& p, std::int64_t open_count) {
  for (auto& s : p.stages) {
    if (s.kind == "won") s.position = open_count + 1;
    else if (s.kind != "open") s.position = open_count + 2;
  }
}

Status WriteVersion(Connection& conn, Id tenant_id, const SalesProcess& p, std::optional<Id> by, Instant now) {
  ProcessVersion v;
  v.version = p.version;
  v.changed_by = by;
  v.changed_at = now;
  v.snapshot = ProcessToJson(p);
  return InsertProcessVersion(conn, tenant_id, p.id, v);
}

ProcessInput DefaultProcessInput() {
  ProcessInput in;
  in.name = "标准销售流程";
  in.kind = "pre_sale";
  in.lost_reasons = std::vector<std::string>{"价格过高", "选择竞品", "需求取消", "联系不上"};
  in.invalid_reasons = std::vector<std::string>{"重复商机", "信息有误"};
  std::vector<StageInput> stages;
  for (const auto& [name, probability] : std::vector<std::pair<const char*, int>>{
           {"初步接洽", 10}, {"需求确认", 30}, {"方案报价", 50}, {"商务谈判", 70}, {"合同签订", 90}}) {
    StageInput s;
    s.name = name;
    s.probability = probability;
    stages.push_back(std::move(s));
  }
  in.stages = std::move(stages);
  return in;
}

}  // namespace

Result<SalesProcess> ProcessService::Insert(Connection& conn, Id tenant_id, const ProcessInput& in,
                                            std::optional<Id> by, Instant now) {
  auto count = CountProcesses(conn, tenant_id);
  if (!count.ok()) return count.status();
  SalesProcess p;
  p.id = Ids().Next();
  ApplyFields(in, p);
  p.is_default = *count == 0 || in.is_default.value_or(false);
  p.position = *count;
  p.version = 1;
  p.created_at = p.updated_at = now;
  std::int64_t position = 0;
  for (const auto& s : *in.stages) p.stages.push_back(OpenStageOf(s, Ids().Next(), ++position));
  for (const auto& [kind, name, probability] : std::vector<std::tuple<const char*, const char*, int>>{
           {"won", "赢单", 100}, {"lost", "输单", 0}, {"invalid", "无效", 0}}) {
    Stage t;
    t.id = Ids().Next();
    t.kind = kind;
    t.name = name;
    t.probability = probability;
    p.stages.push_back(std::move(t));
  }
  PlaceTerminals(p, position);
  if (p.is_default && *count > 0) {
    org::Caller tenant;
    tenant.tenant_id = tenant_id;
    if (Status w = ClearOtherDefaults(conn, tenant, p.id); !w.ok()) return w;
  }
  if (Status w = InsertProcess(conn, tenant_id, p); !w.ok()) return w;
  if (Status w = WriteVersion(conn, tenant_id, p, by, now); !w.ok()) return w;
  return p;
}

Status ProcessService::EnsureDefault(Connection& conn, Id tenant_id, Instant now) {
  if (Status l = conn.LockKey(tenant_id ^ kDefaultLockSalt); !l.ok()) return l;
  auto count = CountProcesses(conn, tenant_id);
  if (!count.ok()) return count.status();
  if (*count > 0) return Status::Ok();
  auto made = Insert(conn, tenant_id, DefaultProcessInput(), std::nullopt, now);
  return made.ok() ? Status::Ok() : made.status();
}

Result<std::vector<SalesProcess>> ProcessService::List(const org::Caller& caller, bool include_disabled) {
  if (Status s = org::Require(caller, "opportunity.view"); !s.ok()) return s;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto count = CountProcesses(**lease, caller.tenant_id);
    if (!count.ok()) return count.status();
    if (*count > 0) return ListProcesses(**lease, caller.tenant_id, include_disabled, StageCounts::kWith);
  }
  Result<std::vector<SalesProcess>> out = Status::Internal("not read");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status d = EnsureDefault(conn, caller.tenant_id, clock_.Now()); !d.ok()) return d;
    out = ListProcesses(conn, caller.tenant_id, include_disabled, StageCounts::kWith);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<SalesProcess> ProcessService::Get(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "opportunity.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return GetProcess(**lease, caller.tenant_id, id, StageCounts::kWith);
}

Result<SalesProcess> ProcessService::Create(const org::Caller& caller, const ProcessInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  if (Status s = Validate(in, true); !s.ok()) return s;
  Result<SalesProcess> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto made = Insert(conn, caller.tenant_id, in, caller.user_id, now);
    if (!made.ok()) return made.status();
    if (Status w = audit::RecordAction(conn, caller, now, "sales_process.create", "sales_process", made->id); !w.ok())
      return w;
    out = GetProcess(conn, caller.tenant_id, made->id, StageCounts::kWith);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<SalesProcess> ProcessService::Update(const org::Caller& caller, Id id, const ProcessInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  if (Status s = Validate(in, false); !s.ok()) return s;
  Result<SalesProcess> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (Status l = LockProcessForEdit(conn, caller.tenant_id, id); !l.ok()) return l;
    auto p = GetProcess(conn, caller.tenant_id, id, StageCounts::kWith);
    if (!p.ok()) return p.status();
    ApplyFields(in, *p);
    bool renumber = false;
    if (in.stages) {
      std::vector<Stage> open;
      std::set<Id> kept;
      for (std::size_t i = 0; i < in.stages->size(); ++i) {
        const auto& si = (*in.stages)[i];
        const auto position = static_cast<std::int64_t>(open.size()) + 1;
        if (si.id) {
          const Stage* old = p->StageById(*si.id);
          if (!old || old->kind != "open" || !kept.insert(*si.id).second)
            return Status::Validation({{"stages[" + std::to_string(i) + "].id", "invalid_value"}});
          Stage st = OpenStageOf(si, *si.id, position);
          st.in_use = old->in_use;
          if (old->position != position) renumber = true;
          open.push_back(std::move(st));
        } else {
          open.push_back(OpenStageOf(si, Ids().Next(), position));
        }
      }
      std::vector<Id> removed;
      for (const auto& st : p->stages) {
        if (st.kind != "open" || kept.count(st.id)) continue;
        if (st.in_use > 0) {
          Status e = Status::Error("process.stage_in_use", "Opportunities are in a stage the change removes.");
          e.With("stageId", IdToString(st.id)).With("count", st.in_use);
          return e;
        }
        removed.push_back(st.id);
      }
      const auto old_open = static_cast<std::int64_t>(p->OpenStages().size());
      if (old_open != static_cast<std::int64_t>(open.size())) renumber = true;
      std::vector<Stage> terminals;
      for (auto& st : p->stages)
        if (st.kind != "open") terminals.push_back(std::move(st));
      p->stages = std::move(open);
      p->stages.insert(p->stages.end(), terminals.begin(), terminals.end());
      PlaceTerminals(*p, static_cast<std::int64_t>(p->stages.size() - terminals.size()));
      if (Status w = RemoveStages(conn, caller, removed, now); !w.ok()) return w;
      for (const auto& st : p->stages)
        if (Status w = UpsertStage(conn, caller.tenant_id, p->id, st); !w.ok()) return w;
    }
    if (in.is_default && *in.is_default && !p->is_default) {
      p->is_default = true;
      if (Status w = ClearOtherDefaults(conn, caller, p->id); !w.ok()) return w;
    }
    p->version += 1;
    p->updated_at = now;
    if (Status w = UpdateProcessRow(conn, caller, *p); !w.ok()) return w;
    if (renumber)
      if (Status w = RenumberOpportunities(conn, caller, p->id, static_cast<std::int64_t>(p->OpenStages().size()));
          !w.ok())
        return w;
    if (Status w = WriteVersion(conn, caller.tenant_id, *p, caller.user_id, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "sales_process.update", "sales_process", id,
                                       "{\"version\":" + std::to_string(p->version) + "}");
        !w.ok())
      return w;
    out = GetProcess(conn, caller.tenant_id, id, StageCounts::kWith);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Status ProcessService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (Status l = LockProcessForEdit(conn, caller.tenant_id, id); !l.ok()) return l;
    auto p = GetProcess(conn, caller.tenant_id, id, StageCounts::kWith);
    if (!p.ok()) return p.status();
    if (p->in_use > 0) {
      Status e = Status::Error("process.in_use", "Opportunities use this process.");
      e.With("count", p->in_use);
      return e;
    }
    if (Status w = SoftDeleteProcess(conn, caller, id, now); !w.ok()) return w;
    if (p->is_default) {
      // The flag moves to the first process left.
      auto rest = ListProcesses(conn, caller.tenant_id, true, StageCounts::kWithout);
      if (!rest.ok()) return rest.status();
      for (auto& other : *rest) {
        if (other.id == id) continue;
        other.is_default = true;
        if (Status w = UpdateProcessRow(conn, caller, other); !w.ok()) return w;
        break;
      }
    }
    return audit::RecordAction(conn, caller, now, "sales_process.delete", "sales_process", id);
  });
}

Result<ProcessVersion> ProcessService::Version(const org::Caller& caller, Id id, std::int64_t version) {
  if (Status s = org::Require(caller, "opportunity.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto p = GetProcess(**lease, caller.tenant_id, id, StageCounts::kWith);
  if (!p.ok()) return p.status();
  return GetProcessVersion(**lease, caller, id, version);
}

}  // namespace quanke::deals
