#include "app/demo_feed.h"

#include <algorithm>
#include <deque>
#include <map>

#include <boost/json/parse.hpp>

#include "app/demo_feed_repository.h"
#include "domain/org/tenant_repository.h"

namespace quanke::app {
namespace {

// A parameter of a feed item ("" when absent or not a string).
std::string Param(const boost::json::object& params, const char* key) {
  const auto* v = params.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

Status LoadDemoFeedOrder(storage::Database& db, const std::string& tenant_code) {
  return storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
    auto tenant = org::FindTenantByCode(conn, tenant_code);
    if (!tenant.ok()) return tenant.status();
    if (!*tenant) return Status::NotFound();
    const Id tenant_id = (*tenant)->id;
    auto items = ReadDemoFeedItems(conn, tenant_id);
    if (!items.ok()) return items.status();
    auto changes = ReadDemoStageChanges(conn, tenant_id);
    if (!changes.ok()) return changes.status();
    auto activations = ReadDemoContractActivations(conn, tenant_id);
    if (!activations.ok()) return activations.status();
    auto logs = ReadDemoWorkLogTimes(conn, tenant_id);
    if (!logs.ok()) return logs.status();

    // An opportunity's moves, each written with its feed item in one transaction: the k-th
    // "opportunity.moved" item of an opportunity reports its k-th stage change.
    std::map<Id, std::deque<const DemoStageChange*>> moves;
    for (const auto& c : *changes) moves[c.opportunity_id].push_back(&c);
    const std::map<Id, Instant> activated(activations->begin(), activations->end());
    const std::map<Id, Instant> logged(logs->begin(), logs->end());

    struct Placed {
      Instant at;
      Id old_id;
      bool work_log;
    };
    std::vector<Placed> placed;
    placed.reserve(items->size());
    for (const auto& item : *items) {
      Instant at = item.created_at;
      if (item.type == "opportunity.moved" || item.type == "contract.activated") {
        boost::system::error_code ec;
        auto parsed = boost::json::parse(item.params, ec);
        const boost::json::object params = !ec && parsed.is_object() ? parsed.as_object() : boost::json::object();
        if (item.type == "opportunity.moved") {
          auto& queue = moves[ParseId(Param(params, "opportunityId")).value_or(0)];
          if (!queue.empty()) {
            const DemoStageChange& c = *queue.front();
            if (c.from_name == Param(params, "fromName") && c.to_name == Param(params, "toName")) at = c.at;
            queue.pop_front();
          }
        } else if (auto a = activated.find(ParseId(Param(params, "contractId")).value_or(0)); a != activated.end()) {
          at = a->second;
        }
      } else if (auto l = logged.find(item.id); item.type == "worklog" && l != logged.end()) {
        at = l->second;
      } else if (item.follow_up_at) {
        at = *item.follow_up_at;
      }
      placed.push_back({at, item.id, item.type == "worklog"});
    }
    // Items of the same time keep their order (they are read by id).
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.at < b.at; });
    for (const auto& p : placed)
      if (Status s = RenumberDemoFeedItem(conn, tenant_id, p.old_id, Ids().Next(), p.at, p.work_log); !s.ok()) return s;
    return Status::Ok();
  });
}

}  // namespace quanke::app
