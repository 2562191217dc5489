#include "domain/org/login_challenge.h"

#include <sodium.h>

#include <charconv>
#include <vector>

namespace quanke::org {
namespace {

constexpr std::int64_t kValidMs = 2 * 60 * 1000;

std::string Hex(const unsigned char* bytes, size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, n);
  out.pop_back();
  return out;
}

// "expiry.difficulty.nonce.mac" → its parts; false when malformed.
bool Split(const std::string& challenge, std::vector<std::string>* parts) {
  parts->clear();
  size_t start = 0;
  for (;;) {
    const size_t dot = challenge.find('.', start);
    parts->push_back(challenge.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts->size() == 4;
}

std::int64_t ToInt(const std::string& s) {
  std::int64_t v = -1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : -1;
}

}  // namespace

LoginChallenges::LoginChallenges() {
  if (sodium_init() < 0) return;
  randombytes_buf(key_, sizeof key_);
}

std::string LoginChallenges::Mac(const std::string& ip, const std::string& body) const {
  const std::string message = ip + '\n' + body;
  unsigned char mac[16];
  crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char*>(message.data()), message.size(), key_,
                     sizeof key_);
  return Hex(mac, sizeof mac);
}

std::string LoginChallenges::Issue(const std::string& ip, int difficulty, Instant now) {
  unsigned char nonce[12];
  randombytes_buf(nonce, sizeof nonce);
  const std::string body = std::to_string(now + kValidMs) + "." + std::to_string(difficulty) + "." + Hex(nonce, sizeof nonce);
  return body + "." + Mac(ip, body);
}

bool LoginChallenges::Redeem(const std::string& ip, const std::string& challenge, const std::string& solution,
                             Instant now) {
  std::vector<std::string> parts;
  if (challenge.size() > 200 || solution.size() > 64 || !Split(challenge, &parts)) return false;
  const std::string body = parts[0] + "." + parts[1] + "." + parts[2];
  if (parts[3].size() != 32 || sodium_memcmp(Mac(ip, body).data(), parts[3].data(), 32) != 0) return false;
  const std::int64_t expiry = ToInt(parts[0]);
  const std::int64_t difficulty = ToInt(parts[1]);
  if (expiry < now || difficulty < 0 || difficulty > 32) return false;
  if (!Solves(challenge, solution, static_cast<int>(difficulty))) return false;
  std::lock_guard lock(mu_);
  for (auto it = redeemed_.begin(); it != redeemed_.end();) it = it->second < now ? redeemed_.erase(it) : std::next(it);
  return redeemed_.emplace(challenge, expiry).second;
}

bool LoginChallenges::Solves(const std::string& challenge, const std::string& solution, int difficulty) {
  const std::string text = challenge + ":" + solution;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  for (int bit = 0; bit < difficulty; ++bit)
    if (digest[bit / 8] & (0x80 >> (bit % 8))) return false;
  return true;
}

}  // namespace quanke::org
