#pragma once

#include <string_view>

#include "storage/listener.h"

namespace quanke::testing {

// A listener that hears what the test hands it: for the handlers of one node without a second
// process (a real listener skips the signals of its own process).
class FakeListener final : public storage::Listener {
 public:
  Status Start() override { return Status::Ok(); }
  void Stop() override {}
  // A payload as another node's Signal would send it: kind ":" origin ":" args.
  void Hear(std::string_view kind, std::string_view args) {
    Deliver(std::string(kind) + ":another-node:" + std::string(args));
  }
  void Reconnected() { Resync(); }
};

}  // namespace quanke::testing
