#include "domain/activity/feed_events.h"

#include "domain/activity/feed_repository.h"

namespace quanke::activity {

void FeedFollowsEvents(events::Bus& bus) {
  bus.Subscribe("customer.", [](storage::Connection& conn, const events::Event& e) -> Status {
    auto item = AddFeedItem(conn, e.tenant_id, e.type, e.actor_id, e.customer_id, std::nullopt, e.text, e.at);
    return item.ok() ? Status::Ok() : item.status();
  });
}

}  // namespace quanke::activity
