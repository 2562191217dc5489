#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::events {

// Something that happened to a record, raised by the module that owns the change inside the
// transaction that made it. Types are "<object>.<action>": customer.create, customer.claim,
// customer.assign, customer.release, customer.transfer, customer.lock, customer.unlock,
// customer.reclaim, customer.handover.
struct Event {
  std::string type;
  Id tenant_id = 0;
  std::optional<Id> actor_id;     // who did it (for a reclaim: the owner who lost the customer)
  std::optional<Id> customer_id;
  std::string text;               // what a reader is shown beside it (a name, reason or rule)
  Instant at = 0;
};

using Handler = std::function<Status(storage::Connection&, const Event&)>;

// In-process publish/subscribe between modules, so a lower module (customers, ownership) never
// includes a higher one (activity) to cause a reaction there. Subscribers run synchronously in
// the publisher's transaction: their writes commit or roll back with the change, like an outbox
// drained in the same transaction; a subscriber's error fails the change.
// Subscribe while wiring the process (before serving); Publish is then read-only and thread-safe.
class Bus {
 public:
  // `handler` sees every event whose type starts with `type_prefix` ("customer." for all).
  void Subscribe(std::string type_prefix, Handler handler);
  Status Publish(storage::Connection& conn, const Event& event) const;

 private:
  std::vector<std::pair<std::string, Handler>> subscribers_;
};

}  // namespace quanke::events
