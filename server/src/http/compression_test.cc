#include "http/compression.h"

#include <gtest/gtest.h>

namespace quanke::http {
namespace {

TEST(Compression, BrotliBeforeGzipBeforeIdentityAmongWhatTheClientAccepts) {
  EXPECT_EQ(ChooseCoding("gzip, deflate, br", true, true), Coding::kBrotli);
  EXPECT_EQ(ChooseCoding("gzip, deflate, br", false, true), Coding::kGzip);
  EXPECT_EQ(ChooseCoding("gzip, deflate, br", false, false), Coding::kIdentity);
  EXPECT_EQ(ChooseCoding("gzip", true, true), Coding::kGzip);
  EXPECT_EQ(ChooseCoding("", true, true), Coding::kIdentity);
  EXPECT_EQ(ChooseCoding("identity", true, true), Coding::kIdentity);
  EXPECT_EQ(ChooseCoding(" BR ;q=0.5 , GZip", true, true), Coding::kBrotli);
}

TEST(Compression, QZeroRefusesACodingAndTheStarCoversTheUnnamed) {
  EXPECT_EQ(ChooseCoding("br;q=0, gzip", true, true), Coding::kGzip);
  EXPECT_EQ(ChooseCoding("br;q=0, gzip;q=0.0", true, true), Coding::kIdentity);
  EXPECT_EQ(ChooseCoding("*", true, true), Coding::kBrotli);
  EXPECT_EQ(ChooseCoding("br;q=0, *", true, true), Coding::kGzip);
  EXPECT_EQ(ChooseCoding("*;q=0", true, true), Coding::kIdentity);
  EXPECT_EQ(ChooseCoding("x-gzip", false, true), Coding::kGzip);
}

std::string ListLikeJson(int rows) {
  std::string s = "{\"items\":[";
  for (int i = 0; i < rows; ++i) {
    if (i) s += ',';
    s += "{\"id\":\"" + std::to_string(1000000 + i) + "\",\"name\":\"客户" + std::to_string(i) +
         "\",\"stage\":\"prospect\",\"ownerName\":\"rep01\"}";
  }
  return s + "],\"nextCursor\":null}";
}

TEST(Compression, GzipRoundTrips) {
  const std::string json = ListLikeJson(200);
  const std::string packed = Gzip(json, kJsonGzipLevel);
  ASSERT_FALSE(packed.empty());
  EXPECT_LT(packed.size(), json.size() / 4);
  EXPECT_EQ(static_cast<unsigned char>(packed[0]), 0x1f);  // the gzip magic
  EXPECT_EQ(static_cast<unsigned char>(packed[1]), 0x8b);
  std::string back;
  ASSERT_TRUE(Gunzip(packed, &back));
  EXPECT_EQ(back, json);
  EXPECT_FALSE(Gunzip(packed.substr(0, packed.size() / 2), &back));
}

std::string HeaderOf(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return "";
}

TEST(Compression, LargeJsonAnswersAreGzippedForClientsThatAcceptIt) {
  Response r;
  r.body = ListLikeJson(100);
  const std::string plain = r.body;
  CompressJsonAnswer(r, "gzip, br");
  EXPECT_EQ(HeaderOf(r, "Content-Encoding"), "gzip");
  EXPECT_EQ(HeaderOf(r, "Vary"), "Accept-Encoding");
  std::string back;
  ASSERT_TRUE(Gunzip(r.body, &back));
  EXPECT_EQ(back, plain);

  Response identity;
  identity.body = plain;
  CompressJsonAnswer(identity, "");
  EXPECT_EQ(identity.body, plain);
  EXPECT_EQ(HeaderOf(identity, "Content-Encoding"), "");
  EXPECT_EQ(HeaderOf(identity, "Vary"), "Accept-Encoding");
}

TEST(Compression, SmallAnswersDownloadsAndStreamsAreLeftAlone) {
  Response small;
  small.body = std::string(kCompressJsonFrom - 1, ' ');
  CompressJsonAnswer(small, "gzip");
  EXPECT_EQ(small.body.size(), kCompressJsonFrom - 1);
  EXPECT_TRUE(small.headers.empty());

  Response xlsx;
  xlsx.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  xlsx.body = ListLikeJson(100);
  const std::string bytes = xlsx.body;
  CompressJsonAnswer(xlsx, "gzip");
  EXPECT_EQ(xlsx.body, bytes);
  EXPECT_TRUE(xlsx.headers.empty());

  Response already;
  already.body = ListLikeJson(100);
  already.SetHeader("Content-Encoding", "br");
  const std::string br = already.body;
  CompressJsonAnswer(already, "gzip");
  EXPECT_EQ(already.body, br);
}

}  // namespace
}  // namespace quanke::http
