// The CPU cost of gzipping one JSON answer (issue 19): times the server's own Gzip()
// (server/src/http/compression.cc, the function CompressJsonAnswer uses) on answer files
// captured from a running server, at zlib levels 1, 4 (the server's kJsonGzipLevel), 6 and 9.
// Built and run by bench/gzip-cost.sh; prints one line per file and level:
//   BENCH_GZIP {"file":…,"bytes":…,"level":…,"gzip_bytes":…,"us_per_answer":…}
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include "http/compression.h"

int main(int argc, char** argv) {
  using quanke::http::Gzip;
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string body = text.str();
    for (int level : {1, 4, 6, 9}) {
      const size_t packed = Gzip(body, level).size();
      volatile size_t sink = 0;
      // A first estimate from 200 rounds, then about one second of CPU.
      const auto cpu0 = std::clock();
      for (int i = 0; i < 200; ++i) sink = sink + Gzip(body, level).size();
      const double estimate = 1e6 * double(std::clock() - cpu0) / CLOCKS_PER_SEC / 200;
      const int rounds = estimate > 0 ? std::max(200, int(1e6 / estimate)) : 10000;
      const auto cpu1 = std::clock();
      for (int i = 0; i < rounds; ++i) sink = sink + Gzip(body, level).size();
      const double us_per = 1e6 * double(std::clock() - cpu1) / CLOCKS_PER_SEC / rounds;
      std::printf("BENCH_GZIP {\"file\":\"%s\",\"bytes\":%zu,\"level\":%d,\"gzip_bytes\":%zu,\"us_per_answer\":%.1f}\n",
                  argv[a], body.size(), level, packed, us_per);
    }
  }
  return 0;
}
