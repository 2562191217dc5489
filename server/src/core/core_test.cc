#include <gtest/gtest.h>

#include <set>

#include "core/clock.h"
#include "core/ids.h"
#include "core/mask.h"
#include "core/page.h"

namespace quanke {
namespace {

TEST(Ids, AreUniqueAndIncreasing) {
  IdGenerator gen;
  std::set<Id> seen;
  Id last = 0;
  for (int i = 0; i < 100000; ++i) {
    const Id id = gen.Next();
    EXPECT_GT(id, last);
    last = id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 100000u);
}

TEST(Ids, ParseRejectsGarbage) {
  EXPECT_EQ(ParseId("123"), 123);
  EXPECT_FALSE(ParseId(""));
  EXPECT_FALSE(ParseId("12a"));
  EXPECT_FALSE(ParseId("-5"));
  EXPECT_FALSE(ParseId("0"));
  EXPECT_FALSE(ParseId("99999999999999999999"));
}

TEST(Instant, FormatsAndParsesUtc) {
  Instant t = 0;
  ASSERT_TRUE(ParseInstant("2026-11-26T09:30:00Z", &t));
  EXPECT_EQ(FormatInstant(t), "2026-11-26T09:30:00Z");
  ASSERT_TRUE(ParseInstant("2026-11-26T17:30:00+08:00", &t));
  EXPECT_EQ(FormatInstant(t), "2026-11-26T09:30:00Z");
  ASSERT_TRUE(ParseInstant("2026-11-26T09:30:00.250Z", &t));
  EXPECT_EQ(FormatInstant(t), "2026-11-26T09:30:00.250Z");
  EXPECT_FALSE(ParseInstant("2026-13-01T00:00:00Z", &t));
  EXPECT_FALSE(ParseInstant("yesterday", &t));
  EXPECT_FALSE(ParseInstant("2026-11-26T09:30:00", &t));
}

TEST(Mask, HidesTheMiddleOfPhoneNumbers) {
  EXPECT_EQ(MaskMiddle("13812345678"), "138****5678");
  EXPECT_EQ(MaskMiddle("abc"), "a*c");
  EXPECT_EQ(MaskMiddle("张三丰"), "张*丰");
  EXPECT_EQ(MaskMiddle("ab"), "**");
}

TEST(Cursor, RoundTripsAndRejectsGarbage) {
  std::string value;
  std::int64_t id = 0;
  ASSERT_TRUE(DecodeCursor(EncodeCursor("王五|.x", 42), &value, &id));
  EXPECT_EQ(value, "王五|.x");
  EXPECT_EQ(id, 42);
  EXPECT_FALSE(DecodeCursor("zz.1", &value, &id));
  EXPECT_FALSE(DecodeCursor("abc", &value, &id));
  EXPECT_FALSE(DecodeCursor("61.", &value, &id));
}

}  // namespace
}  // namespace quanke
