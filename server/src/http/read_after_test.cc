#include "http/read_after.h"

#include <gtest/gtest.h>

namespace quanke::http {
namespace {

Request With(std::vector<std::pair<std::string, std::string>> headers) {
  Request req;
  req.headers = std::move(headers);
  return req;
}

TEST(ReadAfter, TheHeaderWinsOverTheCookie) {
  EXPECT_EQ(ReadAfterOf(With({{"cookie", "quanke_session=abc; quanke_read_after=1200"}})), 1200);
  EXPECT_EQ(ReadAfterOf(With({{"x-quanke-read-after", "987654321"}, {"cookie", "quanke_read_after=1200"}})), 987654321);
  EXPECT_EQ(ReadAfterOf(With({})), 0);
}

TEST(ReadAfter, AnythingButAPositionIsNone) {
  for (const char* bad : {"", "-5", "12abc", "0/16B3748", " 12", "99999999999999999999999"})
    EXPECT_EQ(ReadAfterOf(With({{"x-quanke-read-after", bad}})), 0) << bad;
  EXPECT_EQ(ReadAfterOf(With({{"cookie", "quanke_read_after=x1"}})), 0);
}

}  // namespace
}  // namespace quanke::http
