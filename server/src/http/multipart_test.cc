#include "http/multipart.h"

#include <gtest/gtest.h>

namespace quanke::http {
namespace {

TEST(Multipart, FindsTheFilePart) {
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"照片.png\"\r\nContent-Type: image/png\r\n\r\n"
      "\x89PNG\r\n--not-a-boundary\r\n"
      "--XyZ--\r\n";
  auto part = FindFormPart("multipart/form-data; boundary=XyZ", body, "file");
  ASSERT_TRUE(part);
  EXPECT_EQ(part->filename, "照片.png");
  EXPECT_EQ(part->content_type, "image/png");
  EXPECT_EQ(part->data, "\x89PNG\r\n--not-a-boundary");
  auto note = FindFormPart("multipart/form-data; boundary=\"XyZ\"", body, "note");
  ASSERT_TRUE(note);
  EXPECT_EQ(note->data, "hello");
}

TEST(Multipart, RefusesMalformedBodies) {
  EXPECT_FALSE(FindFormPart("application/json", "{}", "file"));
  EXPECT_FALSE(FindFormPart("multipart/form-data", "--a\r\n", "file"));
  EXPECT_FALSE(FindFormPart("multipart/form-data; boundary=a", "--a\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated", "file"));
  EXPECT_FALSE(FindFormPart("multipart/form-data; boundary=a", "--a--\r\n", "file"));
}

}  // namespace
}  // namespace quanke::http
