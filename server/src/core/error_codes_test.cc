#include "core/error_codes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace quanke::errors {
namespace {

// Every code written as a literal in a Status::Error("…") of the server's sources.
std::set<std::string> CodesInSources() {
  std::set<std::string> out;
  const std::regex literal(R"re(Status::Error\(\s*"([a-z_.]+)")re");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(QUANKE_SOURCE_DIR)) {
    const auto& path = entry.path();
    if (!entry.is_regular_file() || (path.extension() != ".cc" && path.extension() != ".h")) continue;
    if (path.filename().string().find("_test.") != std::string::npos) continue;
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), literal), end; it != end; ++it) out.insert((*it)[1]);
  }
  return out;
}

TEST(ErrorCodes, EveryCodeTheSourcesUseIsRegistered) {
  const auto used = CodesInSources();
  ASSERT_GT(used.size(), 30u) << "the scan of " << QUANKE_SOURCE_DIR << " found the sources";
  for (const auto& code : used) EXPECT_NE(Find(code), nullptr) << code << " is used but not in core/error_codes.cc";
  // And the codes the Status helpers make.
  for (const char* code : {"not_found", "internal", "validation.failed"}) EXPECT_NE(Find(code), nullptr) << code;
}

TEST(ErrorCodes, EveryRegisteredCodeIsUsedOnceAndAnsweredOnesHaveMessagesInBothLanguages) {
  const auto used = CodesInSources();
  std::set<std::string_view> seen;
  for (const auto& c : All()) {
    EXPECT_TRUE(seen.insert(c.code).second) << c.code << " twice";
    const bool made_by_helpers = c.code == "not_found" || c.code == "internal" || c.code == "validation.failed";
    EXPECT_TRUE(made_by_helpers || used.count(std::string(c.code))) << c.code << " is registered but never used";
    if (c.kind == Kind::kInternal) {
      EXPECT_EQ(HttpStatusOf(c.code), 500) << c.code;
      continue;
    }
    EXPECT_FALSE(c.zh.empty()) << c.code;
    EXPECT_FALSE(c.en.empty()) << c.code;
    EXPECT_TRUE(c.http_status >= 400 && c.http_status < 600) << c.code;
  }
}

TEST(ErrorCodes, StatusesOfTheContract) {
  EXPECT_EQ(HttpStatusOf("not_found"), 404);
  EXPECT_EQ(HttpStatusOf("validation.failed"), 400);
  EXPECT_EQ(HttpStatusOf("auth.required"), 401);
  EXPECT_EQ(HttpStatusOf("permission.denied"), 403);
  EXPECT_EQ(HttpStatusOf("pool.limit_reached"), 409);
  EXPECT_EQ(HttpStatusOf("rate_limited"), 429);
  EXPECT_EQ(HttpStatusOf("auth.challenge_required"), 429);
  EXPECT_EQ(HttpStatusOf("request.idempotency_mismatch"), 422);
  EXPECT_EQ(HttpStatusOf("checkin.suspicious"), 422);
  // An unknown code is a bug, not a silent 422.
  EXPECT_EQ(HttpStatusOf("something.unheard_of"), 500);
  EXPECT_EQ(HttpStatusOf("webhook.robot_error"), 500) << "internal codes are never answered as such";
  EXPECT_EQ(HttpStatusOf("target.already_set"), 500) << "row codes are never answered as such";
}

}  // namespace
}  // namespace quanke::errors
