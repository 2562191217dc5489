#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quanke::notify {

// The parameters of a notification: names and values its text is made of ("customer" → the
// customer's name, "actor" → who did it, "count", "date", "time", "reason", "user", "leaver").
using NotificationParams = std::vector<std::pair<std::string, std::string>>;

std::string ParamsToJson(const NotificationParams& params);
NotificationParams ParamsFromJson(std::string_view json);

// The one-line text of a notification in `language` ("zh-CN" or "en"), from its type and
// parameters; the same templates as the web's `notificationText` (web/src/locales). A
// notification written before parameters existed (none stored) keeps its stored title.
std::string NotificationTitle(const std::string& type, const NotificationParams& params, std::string_view language,
                              const std::string& stored_title);

}  // namespace quanke::notify
