#pragma once

#include <string>
#include <string_view>

#include "http/request.h"

namespace quanke::http {

// Content codings the server sends. Static assets come precompressed from the web build
// (brotli and gzip beside each file); JSON answers are gzipped on the fly (zlib).
enum class Coding { kIdentity, kGzip, kBrotli };

// The coding to send for an Accept-Encoding header, preferring br over gzip over identity among
// the ones the client accepts (q > 0; "*" stands for any coding not named) and the server has.
Coding ChooseCoding(std::string_view accept_encoding, bool have_brotli, bool have_gzip);

// gzip (RFC 1952) of `data` at zlib `level` (1 fastest .. 9 smallest); "" on failure.
std::string Gzip(std::string_view data, int level);
// The inverse (tests): false when `data` is not a whole gzip stream.
bool Gunzip(std::string_view data, std::string* out);

// JSON answers at least this long are compressed when the client accepts gzip.
inline constexpr size_t kCompressJsonFrom = 1024;
// The zlib level for JSON answers: on a page of 20 customers 8 % larger than level 4 at about half
// its CPU time (bench/README.md, "Compression").
inline constexpr int kJsonGzipLevel = 1;

// Compresses a JSON answer in place when it is worth it: a JSON body of kCompressJsonFrom bytes or
// more that carries no Content-Encoding yet. Such answers get `Vary: Accept-Encoding` whether or
// not this client accepts gzip (a cache must not hand the gzip to a client that cannot read it).
// Streams, downloads (.xlsx, images) and small answers are left alone.
void CompressJsonAnswer(Response& r, std::string_view accept_encoding);

}  // namespace quanke::http
