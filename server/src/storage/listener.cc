#include "storage/listener.h"

#include <charconv>
#include <cstdio>
#include <random>

#include "storage/postgres_listener.h"

namespace quanke::storage {
namespace {

// This process among the nodes: a random tag written into every signal it sends, so that its own
// listener can skip them.
const std::string& Origin() {
  static const std::string origin = [] {
    std::random_device random;
    const auto value = (static_cast<std::uint64_t>(random()) << 32) ^ random();
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return std::string(text);
  }();
  return origin;
}

// SQLite: a single process owns the database, so there is never anything to hear.
class NoListener final : public Listener {
 public:
  Status Start() override { return Status::Ok(); }
  void Stop() override {}
};

}  // namespace

Status Signal(Connection& conn, std::string_view kind, std::string_view args) {
  if (conn.backend() != Backend::kPostgres) return Status::Ok();
  std::string payload;
  payload.reserve(kind.size() + Origin().size() + args.size() + 2);
  payload.append(kind).append(":").append(Origin()).append(":").append(args);
  // pg_notify, not NOTIFY: the payload is a parameter. Same channel and payload twice in one
  // transaction are delivered once. Nothing to wait for: it travels with the next statement.
  return conn.Defer("SELECT pg_notify($1, $2)", {V(kSignalChannel), V(payload)});
}

void Listener::Deliver(std::string_view payload) const {
  const size_t kind_end = payload.find(':');
  if (kind_end == std::string_view::npos) return;
  const size_t origin_end = payload.find(':', kind_end + 1);
  if (origin_end == std::string_view::npos) return;
  if (payload.substr(kind_end + 1, origin_end - kind_end - 1) == Origin()) return;
  const std::string_view kind = payload.substr(0, kind_end);
  const std::string_view args = payload.substr(origin_end + 1);
  for (const auto& [name, handler] : handlers_)
    if (name == kind) handler(args);
}

void Listener::Resync() const {
  for (const auto& fn : resync_) fn();
}

std::vector<std::int64_t> SignalIds(std::string_view args) {
  std::vector<std::int64_t> ids;
  size_t start = 0;
  for (;;) {
    const size_t end = std::min(args.find(':', start), args.size());
    std::int64_t id = 0;
    const auto [ptr, ec] = std::from_chars(args.data() + start, args.data() + end, id);
    if (ec != std::errc() || ptr != args.data() + end) return {};
    ids.push_back(id);
    if (end == args.size()) return ids;
    start = end + 1;
  }
}

std::unique_ptr<Listener> MakeListener(const std::string& url, ListenerOptions options) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    return MakePostgresListener(url, options);
  return std::make_unique<NoListener>();
}

}  // namespace quanke::storage
