#include "domain/events/bus.h"

namespace quanke::events {

void Bus::Subscribe(std::string type_prefix, Handler handler) {
  subscribers_.emplace_back(std::move(type_prefix), std::move(handler));
}

Status Bus::Publish(storage::Connection& conn, const Event& event) const {
  for (const auto& [prefix, handler] : subscribers_) {
    if (!event.type.starts_with(prefix)) continue;
    if (Status s = handler(conn, event); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace quanke::events
