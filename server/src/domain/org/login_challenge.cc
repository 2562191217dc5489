#include "domain/org/login_challenge.h"

#include <sodium.h>

#include <charconv>
#include <vector>

#include "domain/org/challenge_repository.h"

namespace quanke::org {
namespace {

constexpr std::int64_t kValidMs = 2 * 60 * 1000;
constexpr const char* kKeyName = "login_challenge";

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

Status LoginChallenges::Load(storage::Connection& conn) {
  if (loaded_.load(std::memory_order_acquire)) return Status::Ok();
  std::lock_guard lock(load_mu_);
  if (loaded_.load(std::memory_order_relaxed)) return Status::Ok();
  if (sodium_init() < 0) return Status::Internal("libsodium cannot start");
  auto secret = GetSecret(conn, kKeyName);
  if (!secret.ok()) return secret.status();
  size_t length = 0;
  if (!*secret || sodium_hex2bin(key_, sizeof key_, (*secret)->data(), (*secret)->size(), nullptr, &length, nullptr) != 0 ||
      length != sizeof key_)
    return Status::Internal("the login challenge key in auth_keys is missing or malformed");
  loaded_.store(true, std::memory_order_release);
  return Status::Ok();
}

std::string LoginChallenges::Mac(const std::string& ip, const std::string& body) const {
  const std::string message = ip + '\n' + body;
  unsigned char mac[16];
  crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char*>(message.data()), message.size(), key_,
                     sizeof key_);
  return Hex(mac, sizeof mac);
}

std::string LoginChallenges::Issue(const std::string& ip, int difficulty, Instant now) const {
  unsigned char nonce[12];
  randombytes_buf(nonce, sizeof nonce);
  const std::string body = std::to_string(now + kValidMs) + "." + std::to_string(difficulty) + "." + Hex(nonce, sizeof nonce);
  return body + "." + Mac(ip, body);
}

std::optional<LoginChallenges::Solved> LoginChallenges::Check(const std::string& ip, const std::string& challenge,
                                                              const std::string& solution, Instant now) const {
  std::vector<std::string> parts;
  if (challenge.size() > 200 || solution.size() > 64 || !Split(challenge, &parts)) return std::nullopt;
  const std::string body = parts[0] + "." + parts[1] + "." + parts[2];
  if (parts[3].size() != 32 || sodium_memcmp(Mac(ip, body).data(), parts[3].data(), 32) != 0) return std::nullopt;
  const std::int64_t expiry = ToInt(parts[0]);
  const std::int64_t difficulty = ToInt(parts[1]);
  if (expiry < now || difficulty < 0 || difficulty > 32) return std::nullopt;
  if (!Solves(challenge, solution, static_cast<int>(difficulty))) return std::nullopt;
  return Solved{parts[3], expiry};
}

Result<bool> LoginChallenges::Use(storage::Connection& conn, const Solved& solved) {
  return InsertUsedChallenge(conn, solved.mac, solved.expires_at);
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
