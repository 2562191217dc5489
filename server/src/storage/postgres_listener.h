#pragma once

#include <memory>
#include <string>

#include "storage/listener.h"

namespace quanke::storage {

// PostgreSQL's listener: one thread with a libpq connection of its own (application_name
// "quanke-listener-<process id>", so an operator can find it in pg_stat_activity), LISTENing on
// kSignalChannel and waiting on its socket. A lost connection is retried with a growing delay;
// each (re)connection calls the resync handlers.
std::unique_ptr<Listener> MakePostgresListener(const std::string& url, ListenerOptions options);

}  // namespace quanke::storage
