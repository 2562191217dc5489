#pragma once

#include <string>

#include "core/status.h"

namespace quanke::files {

// Uploaded files, stored once per content (SHA-256) under <data dir>/files/ab/cdef…; rows in
// `attachments` say who uploaded what and where it is used. Thread-safe (files are written to a
// temporary name and renamed into place).
class FileStore {
 public:
  explicit FileStore(std::string root) : root_(std::move(root)) {}

  // Stores the bytes; answers their lower-case hex SHA-256.
  Result<std::string> Put(const std::string& bytes);
  Result<std::string> Get(const std::string& sha256) const;
  // Removes stored bytes (a file no longer referred to); ok when they are gone already.
  Status Remove(const std::string& sha256);

 private:
  std::string PathOf(const std::string& sha256) const;
  const std::string root_;
};

// What an upload is, judged by its first bytes (the client's claim is not trusted): a MIME type
// from the allowed list, or "" when the content is not one of them.
std::string SniffContentType(const std::string& bytes, const std::string& client_type, const std::string& filename);
bool IsImageType(const std::string& content_type);

constexpr std::size_t kMaxUploadBytes = 20 * 1024 * 1024;

}  // namespace quanke::files
