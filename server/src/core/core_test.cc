#include <gtest/gtest.h>

#include <cstdio>
#include <ctime>
#include <set>

#include "core/clock.h"
#include "core/ids.h"
#include "core/mask.h"
#include "core/page.h"
#include "core/text_list.h"
#include "core/time_zone.h"

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

// Another node, its clock 5 s ahead, wrote an id: ids taken after it are above it (and go on
// rising), though this node's clock is behind; an id of the same millisecond from a higher node
// number is passed too.
TEST(Ids, NextAfterPassesAnIdFromAClockAhead) {
  IdGenerator here(1), ahead(7);
  const Id mine = here.Next();
  const Id theirs = ahead.Next() + (5000LL << 22);
  ASSERT_GT(theirs, mine);
  const Id next = here.NextAfter(theirs);
  EXPECT_GT(next, theirs);
  EXPECT_GT(here.Next(), next);
  EXPECT_GT(here.NextAfter(0), next);
  const Id same_ms_higher_node = ((next >> 22) << 22) | (1000 << 12) | 5;
  EXPECT_GT(here.NextAfter(same_ms_higher_node), same_ms_higher_node);
}

// Two processes in the same millisecond make different ids when their node numbers differ.
TEST(Ids, TheNodeNumberIsPartOfEveryId) {
  IdGenerator a, b;
  a.SetNode(3);
  b.SetNode(4);
  EXPECT_EQ(a.node(), 3);
  const Id x = a.Next(), y = b.Next();
  EXPECT_EQ((x >> 12) & 0x3ff, 3);
  EXPECT_EQ((y >> 12) & 0x3ff, 4);
  EXPECT_NE(x, y);
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

TEST(Instant, AcceptsOnlyRealOffsets) {
  Instant t = 0;
  ASSERT_TRUE(ParseInstant("2026-11-26T23:30:00+14:00", &t));
  EXPECT_EQ(FormatInstant(t), "2026-11-26T09:30:00Z");
  ASSERT_TRUE(ParseInstant("2026-11-26T04:00:00-05:30", &t));
  EXPECT_EQ(FormatInstant(t), "2026-11-26T09:30:00Z");
  ASSERT_TRUE(ParseInstant("2026-11-26T09:30:00-00:00", &t));
  for (const char* bad : {"2026-11-26T09:30:00+99:00", "2026-11-26T09:30:00+14:01", "2026-11-26T09:30:00-15:00",
                          "2026-11-26T09:30:00+08:60", "2026-11-26T09:30:00+8:000", "2026-11-26T09:30:00+0a:00",
                          "2026-11-26T09:30:00+ 8:00"})
    EXPECT_FALSE(ParseInstant(bad, &t)) << bad;
}

TEST(Instant, FormatsLikeGmtimeAcrossCenturies) {
  // Every 1,000,003rd second from 1900 to 2300, against the C library's calendar.
  for (std::int64_t secs = -2208988800LL; secs < 10413792000LL; secs += 1000003) {
    const std::time_t tt = static_cast<std::time_t>(secs);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char want[64];
    std::snprintf(want, sizeof want, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    ASSERT_EQ(FormatInstant(secs * 1000), want) << secs;
  }
  EXPECT_EQ(FormatInstant(-1), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(FormatInstant(951782400000), "2000-02-29T00:00:00Z");
  EXPECT_EQ(FormatDate(20784), "2026-11-27");
  EXPECT_EQ(FormatDate(-1), "1969-12-31");
}

TEST(Mask, HidesTheMiddleOfPhoneNumbers) {
  EXPECT_EQ(MaskMiddle("13812345678"), "138****5678");
  EXPECT_EQ(MaskMiddle("abc"), "a*c");
  EXPECT_EQ(MaskMiddle("张三丰"), "张*丰");
  EXPECT_EQ(MaskMiddle("ab"), "**");
  // A masked value sent back unchanged leaves the stored one; anything else is an edit.
  std::optional<std::optional<std::string>> back = std::optional<std::string>("138****5678");
  KeepUnmasked(back, std::optional<std::string>("13812345678"));
  EXPECT_FALSE(back.has_value());
  std::optional<std::optional<std::string>> changed = std::optional<std::string>("13900000000");
  KeepUnmasked(changed, std::optional<std::string>("13812345678"));
  EXPECT_EQ(changed, std::optional<std::optional<std::string>>(std::optional<std::string>("13900000000")));
  std::optional<std::optional<std::string>> cleared = std::optional<std::string>();
  KeepUnmasked(cleared, std::optional<std::string>("13812345678"));
  EXPECT_TRUE(cleared.has_value() && !cleared->has_value());
  std::optional<std::string> address = MaskMiddle("文三路90号东部软件园");
  KeepUnmasked(address, "文三路90号东部软件园");
  EXPECT_FALSE(address.has_value());
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

TEST(Utf8Prefix, CutsOnlyBetweenCharacters) {
  const std::string text = "ab拜访";  // 2 + 3 + 3 bytes
  EXPECT_EQ(Utf8Prefix(text, 100), text);
  EXPECT_EQ(Utf8Prefix(text, 8), text);
  EXPECT_EQ(Utf8Prefix(text, 7), "ab拜");
  EXPECT_EQ(Utf8Prefix(text, 5), "ab拜");
  EXPECT_EQ(Utf8Prefix(text, 4), "ab");
  EXPECT_EQ(Utf8Prefix(text, 2), "ab");
  EXPECT_EQ(Utf8Prefix(text, 0), "");
}

}  // namespace
}  // namespace quanke
