// Signals between nodes (storage/listener.h), on both backends: on PostgreSQL a signal reaches
// the listener only once its transaction commits, never from its own process, and a listener
// whose connection is killed reconnects and resynchronises; SQLite hears nothing.
#include "storage/listener.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "fake_listener.h"
#include "test_databases.h"

namespace quanke::storage {
namespace {

using namespace std::chrono_literals;

// What a listener heard, with waits on it.
struct Heard {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::string> pokes;  // guarded by mu
  int resyncs = 0;                 // guarded by mu

  void Attach(Listener& listener) {
    listener.On("poke", [this](std::string_view args) {
      std::lock_guard lock(mu);
      pokes.emplace_back(args);
      cv.notify_all();
    });
    listener.OnResync([this] {
      std::lock_guard lock(mu);
      ++resyncs;
      cv.notify_all();
    });
  }
  // Waits up to 5 s for `done` (called under mu); answers it.
  template <typename Pred>
  bool WaitFor(Pred done) {
    std::unique_lock lock(mu);
    return cv.wait_for(lock, 5s, done);
  }
};

class ListenerTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::FreshDatabase(GetParam(), true, &url_);
    ASSERT_NE(db_, nullptr);
  }
  // Commits (or rolls back) a transaction that sends `payload` as another node would.
  Status NotifyAsAnotherNode(const std::string& payload, bool commit = true) {
    Status s = InTransaction(*db_, [&](Connection& conn) -> Status {
      if (Status n = conn.Exec("SELECT pg_notify($1, $2)", {V(kSignalChannel), V(payload)}); !n.ok()) return n;
      return commit ? Status::Ok() : Status::Error("conflict", "rolled back on purpose");
    });
    return commit ? s : Status::Ok();
  }
  // A started listener of the test's database that reports to `heard` (reconnecting after 50 ms).
  std::unique_ptr<Listener> StartListener(Heard& heard) {
    ListenerOptions options;
    options.first_retry = 50ms;
    auto listener = MakeListener(url_, options);
    heard.Attach(*listener);
    EXPECT_TRUE(listener->Start().ok());
    return listener;
  }
  std::string url_;
  std::unique_ptr<Database> db_;
};

TEST_P(ListenerTest, SignalsArriveOnCommitOnlyAndNeverFromTheirOwnProcess) {
  Heard heard;
  auto listener = StartListener(heard);
  if (GetParam() == "sqlite") {
    // A signal costs nothing, and there is nobody else to tell: SQLite's listener never connects
    // or hears anything (it has no thread: nothing can come later).
    ASSERT_TRUE(InTransaction(*db_, [](Connection& conn) { return Signal(conn, "poke", "1:2"); }).ok());
    std::lock_guard lock(heard.mu);
    EXPECT_EQ(heard.resyncs, 0);
    EXPECT_TRUE(heard.pokes.empty());
    return;
  }
  ASSERT_TRUE(heard.WaitFor([&] { return heard.resyncs == 1; })) << "the listener connects and resynchronises";
  // A rolled-back transaction announces nothing; a committed one is heard once; this process's
  // own signal, between two of another node's, is skipped.
  ASSERT_TRUE(NotifyAsAnotherNode("poke:elsewhere:3:4", /*commit=*/false).ok());
  ASSERT_TRUE(NotifyAsAnotherNode("poke:elsewhere:5:6").ok());
  ASSERT_TRUE(NotifyAsAnotherNode("other-kind:elsewhere:7:8").ok());
  ASSERT_TRUE(InTransaction(*db_, [](Connection& conn) { return Signal(conn, "poke", "9:10"); }).ok());
  ASSERT_TRUE(NotifyAsAnotherNode("poke:elsewhere:11:12").ok());
  ASSERT_TRUE(heard.WaitFor([&] { return heard.pokes.size() >= 2; }));
  std::lock_guard lock(heard.mu);
  EXPECT_EQ(heard.pokes, (std::vector<std::string>{"5:6", "11:12"}));
}

TEST_P(ListenerTest, AKilledListeningConnectionIsReplacedAndResynchronised) {
  Heard heard;
  auto listener = StartListener(heard);
  if (GetParam() == "sqlite") {
    listener->Stop();  // nothing to lose on SQLite; starting and stopping is all there is
    return;
  }
  ASSERT_TRUE(heard.WaitFor([&] { return heard.resyncs == 1; }));
  // Kill it the way an operator would find it: by application_name.
  const std::string name = "quanke-listener-" + std::to_string(getpid());
  {
    auto lease = db_->Write();
    ASSERT_TRUE(lease.ok());
    auto killed = (*lease)->Query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = "
        "current_database()",
        {V(name)});
    ASSERT_TRUE(killed.ok()) << killed.status().message();
    ASSERT_EQ(killed->rows.size(), 1u) << "one listening connection of this process";
  }
  ASSERT_TRUE(heard.WaitFor([&] { return heard.resyncs == 2; })) << "reconnected and resynchronised";
  ASSERT_TRUE(NotifyAsAnotherNode("poke:elsewhere:1:2").ok());
  ASSERT_TRUE(heard.WaitFor([&] { return heard.pokes.size() == 1; })) << "listening again";
  const auto started = std::chrono::steady_clock::now();
  listener->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1s) << "Stop does not wait for a quiet connection's ping";
}

INSTANTIATE_TEST_SUITE_P(Backends, ListenerTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST(Listener, DeliversEachKindToItsHandlersAndIgnoresTheRest) {
  testing::FakeListener listener;
  std::vector<std::string> got;
  listener.On("a", [&](std::string_view args) { got.push_back("a " + std::string(args)); });
  listener.On("b", [&](std::string_view args) { got.push_back("b " + std::string(args)); });
  listener.On("a", [&](std::string_view args) { got.push_back("a2 " + std::string(args)); });
  int resyncs = 0;
  listener.OnResync([&] { ++resyncs; });
  listener.Hear("a", "1:2");
  listener.Hear("c", "3");
  listener.Hear("b", "");
  listener.Reconnected();
  EXPECT_EQ(got, (std::vector<std::string>{"a 1:2", "a2 1:2", "b "}));
  EXPECT_EQ(resyncs, 1);
}

TEST(Listener, SignalIdsReadColonSeparatedIds) {
  EXPECT_EQ(SignalIds("12:345"), (std::vector<std::int64_t>{12, 345}));
  EXPECT_EQ(SignalIds("7"), (std::vector<std::int64_t>{7}));
  EXPECT_TRUE(SignalIds("").empty());
  EXPECT_TRUE(SignalIds("1::2").empty());
  EXPECT_TRUE(SignalIds("1:x").empty());
  EXPECT_TRUE(SignalIds("1:2:").empty());
}

}  // namespace
}  // namespace quanke::storage
