// ContractSweep: the daily reminders (contract.ending, instalment.due, instalment.overdue) and
// active contracts past their end date becoming ended. Each reminder is a conditional write, so
// a sweep that runs again sends none twice.
#include "domain/contracts/contract_internal.h"
#include "domain/contracts/contract_rules.h"
#include "domain/contracts/money_repository.h"
#include "domain/notify/notifications.h"
#include "domain/pool/countdown.h"

namespace quanke::contracts {
using storage::Connection;

Result<std::int64_t> ContractSweep::Run(Id tenant_id, Instant at) {
  constexpr int kBatch = 500;
  std::int64_t sent = 0;
  // Contracts ending within the reminder window, then instalments due soon, then overdue ones:
  // each pass repeats until a batch comes back short.
  for (int pass = 0; pass < 3; ++pass) {
    for (;;) {
      std::size_t seen = 0;
      Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
        auto zone = pool::TenantZone(conn, tenant_id);
        if (!zone.ok()) return zone.status();
        const LocalDate today = zone->DateOf(at);
        auto settings = GetSettings(conn, tenant_id);
        if (!settings.ok()) return settings.status();
        if (pass == 0) {
          if (Status e = EndPastContracts(conn, tenant_id, FormatDate(today), at).status(); !e.ok()) return e;
          if (settings->end_remind_days <= 0) return Status::Ok();
          auto ending = ContractsEndingBy(conn, tenant_id, FormatDate(today),
                                          FormatDate(today + static_cast<LocalDate>(settings->end_remind_days)), kBatch);
          if (!ending.ok()) return ending.status();
          seen = ending->size();
          for (const auto& c : *ending) {
            auto marked = MarkEndReminded(conn, tenant_id, c.id, *c.end_date);
            if (!marked.ok()) return marked.status();
            if (!*marked) continue;
            notify::Notification n;
            n.user_id = c.owner_id;
            n.type = "contract.ending";
            n.params = {{"number", c.number}, {"name", c.name}, {"customer", c.customer_name}, {"endDate", *c.end_date}};
            n.object_type = "contract";
            n.object_id = c.id;
            n.created_at = at;
            if (Status w = notify::Send(conn, tenant_id, n); !w.ok()) return w;
            ++sent;
          }
          return Status::Ok();
        }
        const bool overdue = pass == 2;
        if (!overdue && settings->due_remind_days <= 0) return Status::Ok();
        // Due soon: due within the window from today; overdue: due before today (the day after it on).
        const std::string first = overdue ? "0000-01-01" : FormatDate(today);
        const std::string last =
            overdue ? FormatDate(today - 1) : FormatDate(today + static_cast<LocalDate>(settings->due_remind_days));
        auto due = InstalmentsToRemind(conn, tenant_id, overdue, first, last, kBatch);
        if (!due.ok()) return due.status();
        seen = due->size();
        for (const auto& i : *due) {
          auto marked = MarkInstalmentReminded(conn, tenant_id, i.id, overdue, at);
          if (!marked.ok()) return marked.status();
          if (!*marked) continue;
          notify::Notification n;
          n.user_id = i.owner_id;
          n.type = overdue ? "instalment.overdue" : "instalment.due";
          n.params = {{"number", i.contract_number}, {"customer", i.customer_name}, {"seq", std::to_string(i.seq)},
                      {"dueDate", i.due_date}, {"owed", FormatYuan(i.OwedFen())}};
          n.object_type = "contract";
          n.object_id = i.contract_id;
          n.created_at = at;
          if (Status w = notify::Send(conn, tenant_id, n); !w.ok()) return w;
          ++sent;
        }
        return Status::Ok();
      });
      if (!s.ok()) return s;
      if (seen < static_cast<std::size_t>(kBatch)) break;
    }
  }
  return sent;
}

}  // namespace quanke::contracts
