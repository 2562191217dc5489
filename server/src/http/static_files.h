#pragma once

#include <string>
#include <unordered_map>

#include "http/request.h"

namespace quanke::http {

// The built web app (web/dist), read into memory at start-up. Hashed assets under /assets/
// are cached for a year; everything else (index.html) is revalidated with its ETag. Unknown
// paths without a file extension get index.html, so client-side routes survive a reload.
// The web build writes brotli (X.br) and gzip (X.gz) copies beside compressible files; they are
// sent in place of X to clients that accept them (br before gzip), with `Vary: Accept-Encoding`.
class StaticFiles {
 public:
  // Loads every file under `root`; a missing root leaves the set empty (API-only server).
  explicit StaticFiles(const std::string& root);

  size_t size() const { return files_.size(); }
  Response Serve(const Request& req) const;

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
    std::string brotli;  // the precompressed copies; empty when the build wrote none
    std::string gzip;
  };
  std::unordered_map<std::string, File> files_;  // "/index.html" → file; immutable after start
};

}  // namespace quanke::http
