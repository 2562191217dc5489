#include "http/forwarded.h"

#include <gtest/gtest.h>

namespace quanke::http {
namespace {

TEST(Forwarded, ThePeerIsTheClientUnlessItIsATrustedProxy) {
  const std::vector<std::string> trusted{"127.0.0.1"};
  EXPECT_EQ(ClientAddress("203.0.113.9", "198.51.100.1", trusted), "203.0.113.9");  // spoofed
  EXPECT_EQ(ClientAddress("127.0.0.1", "", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1", {}), "127.0.0.1");
}

TEST(Forwarded, TheRightmostEntryThatIsNotATrustedProxyIsTheClient) {
  const std::vector<std::string> trusted{"127.0.0.1", "10.0.0.2"};
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1", trusted), "198.51.100.1");
  // The client wrote the first entry itself; the proxies appended the rest.
  EXPECT_EQ(ClientAddress("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2", trusted), "198.51.100.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", " 2001:db8::1 ", trusted), "2001:db8::1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "10.0.0.2", trusted), "127.0.0.1");  // only proxies
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1, not-an-address", trusted), "127.0.0.1");
}

TEST(Forwarded, TrustedProxiesAreAListOfAddresses) {
  std::vector<std::string> out;
  EXPECT_TRUE(ParseTrustedProxies("127.0.0.1, ::1,", &out));
  EXPECT_EQ(out, (std::vector<std::string>{"127.0.0.1", "::1"}));
  EXPECT_TRUE(ParseTrustedProxies("", &out));
  EXPECT_TRUE(out.empty());
  EXPECT_FALSE(ParseTrustedProxies("127.0.0.1, nginx", &out));
}

}  // namespace
}  // namespace quanke::http
