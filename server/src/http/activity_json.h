#pragma once

#include <boost/json/object.hpp>

#include "domain/activity/activity_types.h"
#include "domain/notify/webhooks.h"

namespace quanke::http {

boost::json::object AttachmentJson(const activity::Attachment& a);
boost::json::object FollowUpJson(const activity::FollowUp& f);
boost::json::object CommentJson(const activity::Comment& c);
boost::json::object FeedItemJson(const activity::FeedItem& i);
boost::json::object TeamMemberJson(const activity::TeamMember& t);
boost::json::object TodosJson(const activity::Todos& t);
boost::json::object WebhookJson(const notify::Webhook& w);
boost::json::object DeliveryJson(const notify::Delivery& d);

}  // namespace quanke::http
