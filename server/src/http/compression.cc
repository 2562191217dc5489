#include "http/compression.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

#include "http/header_text.h"

namespace quanke::http {
namespace {

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The q-value of one Accept-Encoding element ("gzip;q=0.5"); 1 without one.
double QValue(std::string_view params) {
  while (!params.empty()) {
    const size_t semi = params.find(';');
    std::string_view p = TrimOws(params.substr(0, semi));
    params = semi == std::string_view::npos ? std::string_view() : params.substr(semi + 1);
    if (p.size() >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
      const std::string v(TrimOws(p.substr(2)));
      char* end = nullptr;
      const double q = std::strtod(v.c_str(), &end);
      return end == v.c_str() ? 1.0 : q;
    }
  }
  return 1.0;
}

}  // namespace

Coding ChooseCoding(std::string_view accept_encoding, bool have_brotli, bool have_gzip) {
  double br = -1, gzip = -1, any = -1;  // -1: not named
  std::string_view rest = accept_encoding;
  while (!rest.empty()) {
    const size_t comma = rest.find(',');
    std::string_view item = TrimOws(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const size_t semi = item.find(';');
    const std::string_view name = TrimOws(item.substr(0, semi));
    const double q = semi == std::string_view::npos ? 1.0 : QValue(item.substr(semi + 1));
    if (IEquals(name, "br")) br = q;
    else if (IEquals(name, "gzip") || IEquals(name, "x-gzip")) gzip = q;
    else if (name == "*") any = q;
  }
  if (br < 0) br = any;
  if (gzip < 0) gzip = any;
  if (have_brotli && br > 0) return Coding::kBrotli;
  if (have_gzip && gzip > 0) return Coding::kGzip;
  return Coding::kIdentity;
}

namespace {

// One deflate state per thread and level, reset between answers: setting one up allocates and
// clears about 270 KB, which cost more than compressing a 1.6 KB answer (bench/README.md).
class Deflater {
 public:
  explicit Deflater(int level) {
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    ok_ = deflateInit2(&zs_, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  }
  ~Deflater() {
    if (ok_) deflateEnd(&zs_);
  }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  std::string Compress(std::string_view data) {
    if (!ok_ || deflateReset(&zs_) != Z_OK) return {};
    std::string out;
    out.resize(deflateBound(&zs_, static_cast<uLong>(data.size())));
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs_.avail_in = static_cast<uInt>(data.size());
    zs_.next_out = reinterpret_cast<Bytef*>(out.data());
    zs_.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs_, Z_FINISH);
    out.resize(zs_.total_out);
    return rc == Z_STREAM_END ? out : std::string();
  }

 private:
  z_stream zs_{};
  bool ok_ = false;
};

}  // namespace

std::string Gzip(std::string_view data, int level) {
  level = std::clamp(level, 1, 9);
  thread_local std::unique_ptr<Deflater> deflaters[10];
  auto& d = deflaters[level];
  if (!d) d = std::make_unique<Deflater>(level);
  return d->Compress(data);
}

bool Gunzip(std::string_view data, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  out->clear();
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof buf - zs.avail_out);
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END;
}

void CompressJsonAnswer(Response& r, std::string_view accept_encoding) {
  if (r.stream || r.body.size() < kCompressJsonFrom) return;
  if (r.content_type.rfind("application/json", 0) != 0) return;
  for (const auto& [k, v] : r.headers)
    if (IEquals(k, "Content-Encoding")) return;
  r.SetHeader("Vary", "Accept-Encoding");
  if (ChooseCoding(accept_encoding, false, true) != Coding::kGzip) return;
  std::string packed = Gzip(r.body, kJsonGzipLevel);
  if (packed.empty() || packed.size() >= r.body.size()) return;
  r.body = std::move(packed);
  r.SetHeader("Content-Encoding", "gzip");
}

}  // namespace quanke::http
