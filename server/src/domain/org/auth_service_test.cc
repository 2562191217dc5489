#include "domain/org/auth_service.h"

#include <gtest/gtest.h>

#include <thread>

#include "domain/org/org_service.h"
#include "domain/org/session_repository.h"
#include "fake_listener.h"
#include "org_test_fixture.h"

namespace quanke::org {
namespace {

constexpr std::int64_t kMinute = 60 * 1000;

class AuthServiceTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<testing::DemoCompany>(GetParam());
    ASSERT_TRUE(company_->ok());
  }
  Result<LoginResult> Login(const std::string& user, const std::string& password,
                            const std::string& ip = "10.0.0.1", const std::string& tenant = "demo") {
    return company_->auth().Login(tenant, user, password, ip, "test");
  }
  std::unique_ptr<testing::DemoCompany> company_;
};

TEST_P(AuthServiceTest, GoodLoginGivesAWorkingSession) {
  auto login = Login("admin", "demo123456");
  ASSERT_TRUE(login.ok()) << login.status().message();
  EXPECT_EQ(login->user.username, "admin");
  EXPECT_FALSE(login->csrf_token.empty());
  auto p = company_->auth().Authenticate(login->token);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ((*p)->caller.scope, DataScope::kAll);
  EXPECT_TRUE((*p)->caller.Can("org.edit"));
  EXPECT_EQ((*p)->tenant.code, "demo");
}

TEST_P(AuthServiceTest, LoginByMobileNumber) {
  auto login = Login("13800000000", "demo123456");
  ASSERT_TRUE(login.ok());
  EXPECT_EQ(login->user.username, "admin");
}

TEST_P(AuthServiceTest, BadCredentialsAreOneError) {
  EXPECT_EQ(Login("admin", "wrong-password").status().code(), "auth.invalid_credentials");
  EXPECT_EQ(Login("nobody", "demo123456").status().code(), "auth.invalid_credentials");
  EXPECT_EQ(Login("admin", "demo123456", "10.0.0.1", "no-such-tenant").status().code(),
            "auth.invalid_credentials");
  // The same username in another tenant is another account.
  EXPECT_TRUE(Login("admin", "demo123456", "10.0.0.1", "other").ok());
}

TEST_P(AuthServiceTest, AccountLocksAfterFiveFailuresAndUnlocksLater) {
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(Login("rep01", "wrong-password").status().code(), "auth.invalid_credentials");
  Status locked = Login("rep01", "demo123456").status();
  EXPECT_EQ(locked.code(), "rate_limited");
  ASSERT_TRUE(locked.Detail("retryAfterSeconds").has_value());
  // Another account from the same address is not locked.
  EXPECT_TRUE(Login("rep02", "demo123456").ok());
  company_->clock().Advance(16 * kMinute);
  EXPECT_TRUE(Login("rep01", "demo123456").ok());
}

// Solves a challenge the way a browser does: counting up until the hash has enough zero bits.
std::string Solve(const std::string& challenge, int difficulty) {
  for (int i = 0;; ++i)
    if (LoginChallenges::Solves(challenge, std::to_string(i), difficulty)) return std::to_string(i);
}

TEST_P(AuthServiceTest, AnAddressWithManyFailuresNeedsAProofOfWorkNotALockout) {
  const char* users[] = {"nobody1", "nobody2", "nobody3", "nobody4", "nobody5"};
  for (int i = 0; i < 20; ++i) (void)Login(users[i % 5], "wrong-password", "10.9.9.9");
  Status asked = Login("rep08", "demo123456", "10.9.9.9").status();
  ASSERT_EQ(asked.code(), "auth.challenge_required");
  const auto challenge = std::get<std::string>(*asked.Detail("challenge"));
  const auto difficulty = static_cast<int>(std::get<std::int64_t>(*asked.Detail("difficulty")));
  EXPECT_EQ(difficulty, 14);
  // A wrong answer is asked again; the right one lets a correct password in.
  auto wrong = company_->auth().Login("demo", "rep08", "demo123456", "10.9.9.9", "t", {challenge, "not-a-solution"});
  EXPECT_EQ(wrong.status().code(), "auth.challenge_required");
  const std::string solution = Solve(challenge, difficulty);
  auto in = company_->auth().Login("demo", "rep08", "demo123456", "10.9.9.9", "t", {challenge, solution});
  ASSERT_TRUE(in.ok()) << in.status().message();
  // A challenge is good for one login, and only from the address it was issued to.
  EXPECT_EQ(company_->auth().Login("demo", "rep08", "demo123456", "10.9.9.9", "t", {challenge, solution}).status().code(),
            "auth.challenge_required");
  for (int i = 0; i < 20; ++i) (void)Login("nobody" + std::to_string(i), "wrong-password", "10.9.9.7");
  Status here = Login("rep09", "demo123456", "10.9.9.9").status();
  const auto c2 = std::get<std::string>(*here.Detail("challenge"));
  EXPECT_EQ(company_->auth().Login("demo", "rep09", "demo123456", "10.9.9.7", "t", {c2, Solve(c2, 14)}).status().code(),
            "auth.challenge_required");
  // Another address is not affected, and the window ends.
  EXPECT_TRUE(Login("rep08", "demo123456", "10.9.9.10").ok());
  company_->clock().Advance(16 * kMinute);
  EXPECT_TRUE(Login("rep08", "demo123456", "10.9.9.9").ok());
}

TEST_P(AuthServiceTest, TheProofGetsHarderWithEveryFailureBeyondTheLimit) {
  for (int i = 0; i < 20; ++i) (void)Login("nobody" + std::to_string(i), "wrong-password", "10.7.7.7");
  // Past the limit every guess costs a proof, and every wrong guess makes the next one harder:
  // 14 bits, one more per 25 further failures, at most 18. Unsolved attempts check nothing.
  for (int i = 0; i < 25 * 2 + 1; ++i) {
    Status asked = Login("guess" + std::to_string(i), "wrong-password", "10.7.7.7").status();
    ASSERT_EQ(asked.code(), "auth.challenge_required");
    const auto difficulty = std::get<std::int64_t>(*asked.Detail("difficulty"));
    ASSERT_EQ(difficulty, std::min<std::int64_t>(18, 14 + i / 25)) << "after " << 20 + i << " failures";
    const auto challenge = std::get<std::string>(*asked.Detail("challenge"));
    auto r = company_->auth().Login("demo", "guess" + std::to_string(i), "wrong-password", "10.7.7.7", "t",
                                    {challenge, Solve(challenge, static_cast<int>(difficulty))});
    ASSERT_EQ(r.status().code(), "auth.invalid_credentials");
  }
}

TEST_P(AuthServiceTest, SessionsExpire) {
  auto login = Login("admin", "demo123456");
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(company_->auth().Authenticate(login->token).ok());
  company_->clock().Advance(7LL * 24 * 60 * kMinute + 1);
  EXPECT_EQ(company_->auth().Authenticate(login->token).status().code(), "auth.session_expired");
}

TEST_P(AuthServiceTest, LogoutEndsTheSession) {
  auto login = Login("admin", "demo123456");
  ASSERT_TRUE(login.ok());
  auto p = company_->auth().Authenticate(login->token);
  ASSERT_TRUE(p.ok());
  ASSERT_TRUE(company_->auth().Logout(login->token, (*p)->caller).ok());
  EXPECT_EQ(company_->auth().Authenticate(login->token).status().code(), "auth.required");
  EXPECT_EQ(company_->auth().Authenticate("").status().code(), "auth.required");
  EXPECT_EQ(company_->auth().Authenticate("forged").status().code(), "auth.required");
}

TEST_P(AuthServiceTest, ResignedUsersLoseTheirSessionsAndCannotLogIn) {
  auto login = Login("rep09", "demo123456");
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(company_->auth().Authenticate(login->token).ok());
  OrgService org(company_->db(), company_->clock(), company_->auth());
  UserInput in;
  in.status = UserStatus::kResigned;
  ASSERT_TRUE(org.UpdateUser(company_->As("admin"), company_->UserId("rep09"), in).ok());
  EXPECT_EQ(company_->auth().Authenticate(login->token).status().code(), "auth.required");
  EXPECT_EQ(Login("rep09", "demo123456").status().code(), "auth.invalid_credentials");
}

TEST_P(AuthServiceTest, ChangePasswordChecksTheCurrentOneAndEndsOtherSessions) {
  auto first = Login("rep10", "demo123456");
  auto second = Login("rep10", "demo123456");
  ASSERT_TRUE(first.ok() && second.ok());
  const Caller caller = (*company_->auth().Authenticate(first->token))->caller;
  EXPECT_EQ(company_->auth().ChangePassword(caller, first->token, "nope-nope", "new-password-1").code(),
            "auth.wrong_password");
  EXPECT_EQ(company_->auth().ChangePassword(caller, first->token, "demo123456", "short").code(),
            "validation.failed");
  ASSERT_TRUE(company_->auth().ChangePassword(caller, first->token, "demo123456", "new-password-1").ok());
  EXPECT_TRUE(company_->auth().Authenticate(first->token).ok());
  EXPECT_FALSE(company_->auth().Authenticate(second->token).ok());
  EXPECT_TRUE(Login("rep10", "new-password-1").ok());
}

// Two nodes on one database: node B keeps a session cached until node A's signal says it changed.
TEST_P(AuthServiceTest, AnotherNodesSignalsDropWhatTheyChangeFromTheCache) {
  AuthService b(company_->db(), company_->clock());
  quanke::testing::FakeListener listener;
  b.FollowSignals(listener);
  auto rep01 = Login("rep01", "demo123456");
  auto rep02 = Login("rep02", "demo123456");
  ASSERT_TRUE(rep01.ok() && rep02.ok());
  ASSERT_TRUE(b.Authenticate(rep01->token).ok());
  const auto rep02_before = b.Authenticate(rep02->token);
  ASSERT_TRUE(rep02_before.ok());
  const Caller rep01_caller = (*company_->auth().Authenticate(rep01->token))->caller;

  // A logs rep01 out: B still serves its cached copy (the cache B has without signals) …
  ASSERT_TRUE(company_->auth().Logout(rep01->token, rep01_caller).ok());
  ASSERT_TRUE(b.Authenticate(rep01->token).ok());
  // … until A's signal arrives; other users' sessions are not read again.
  listener.Hear("session", std::to_string(rep01_caller.tenant_id) + ":" + std::to_string(rep01_caller.user_id));
  EXPECT_EQ(b.Authenticate(rep01->token).status().code(), "auth.required");
  auto rep02_same = b.Authenticate(rep02->token);
  ASSERT_TRUE(rep02_same.ok());
  EXPECT_EQ(rep02_same->get(), rep02_before->get()) << "still the cached principal";

  // A makes rep02 a manager: B learns it from a signal that drops everybody …
  OrgService org(company_->db(), company_->clock(), company_->auth());
  auto roles = org.ListRoles(company_->As("admin"));
  ASSERT_TRUE(roles.ok());
  Id manager = 0, rep = 0;
  for (const Role& r : *roles) {
    if (r.code == "manager") manager = r.id;
    if (r.code == "rep") rep = r.id;
  }
  ASSERT_TRUE(manager && rep);
  ASSERT_FALSE((*rep02_before)->caller.Can("customer.transfer"));
  UserInput in;
  in.role_ids = std::vector<Id>{manager};
  ASSERT_TRUE(org.UpdateUser(company_->As("admin"), company_->UserId("rep02"), in).ok());
  EXPECT_FALSE((*b.Authenticate(rep02->token))->caller.Can("customer.transfer")) << "cached";
  listener.Hear("sessions", "");
  EXPECT_TRUE((*b.Authenticate(rep02->token))->caller.Can("customer.transfer"));
  // … or, having been deaf a while, from its own reconnection.
  in.role_ids = std::vector<Id>{rep};
  ASSERT_TRUE(org.UpdateUser(company_->As("admin"), company_->UserId("rep02"), in).ok());
  EXPECT_TRUE((*b.Authenticate(rep02->token))->caller.Can("customer.transfer")) << "cached";
  listener.Reconnected();
  EXPECT_FALSE((*b.Authenticate(rep02->token))->caller.Can("customer.transfer"));
}

// A round-robin balancer sends the answer to a challenge to another node than the one that
// issued it: it is accepted there, and only once whichever node sees it again.
TEST_P(AuthServiceTest, AChallengeIssuedByOneNodeIsGoodOnAnotherOnce) {
  AuthService b(company_->db(), company_->clock());
  for (int i = 0; i < 20; ++i) (void)Login("nobody" + std::to_string(i), "wrong-password", "10.8.8.8");
  Status asked = Login("rep08", "demo123456", "10.8.8.8").status();
  ASSERT_EQ(asked.code(), "auth.challenge_required");
  const auto challenge = std::get<std::string>(*asked.Detail("challenge"));
  const std::string solution = Solve(challenge, static_cast<int>(std::get<std::int64_t>(*asked.Detail("difficulty"))));
  auto in = b.Login("demo", "rep08", "demo123456", "10.8.8.8", "t", {challenge, solution});
  ASSERT_TRUE(in.ok()) << in.status().code() << " " << in.status().message();
  EXPECT_EQ(company_->auth().Login("demo", "rep08", "demo123456", "10.8.8.8", "t", {challenge, solution}).status().code(),
            "auth.challenge_required");
  EXPECT_EQ(b.Login("demo", "rep08", "demo123456", "10.8.8.8", "t", {challenge, solution}).status().code(),
            "auth.challenge_required");
}

// Failed logins racing on several nodes are each counted (the counter is read and written
// under a lock of its key): otherwise parallel guesses would share one count and get more tries.
TEST_P(AuthServiceTest, ConcurrentFailuresAreEachCounted) {
  constexpr int kThreads = 8, kEach = 10;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&] {
      for (int j = 0; j < kEach; ++j)
        (void)storage::InTransaction(company_->db(), [&](storage::Connection& conn) {
          return CountFailure(conn, "ip:10.6.6.6", company_->clock().Now(), 15 * kMinute, 0, 15 * kMinute);
        });
    });
  for (auto& t : threads) t.join();
  auto lease = company_->db().Read();
  ASSERT_TRUE(lease.ok());
  auto counted = GetThrottle(**lease, "ip:10.6.6.6");
  ASSERT_TRUE(counted.ok() && counted->has_value());
  EXPECT_EQ((*counted)->failures, kThreads * kEach);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthServiceTest, ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::org
