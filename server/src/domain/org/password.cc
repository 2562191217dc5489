#include "domain/org/password.h"

#include <sodium.h>

#include <condition_variable>
#include <cstring>
#include <mutex>

namespace quanke::org {
namespace {

// Bounds concurrent argon2id runs (each takes 64 MiB).
class HashGate {
 public:
  void Enter() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return running_ < kMaxConcurrentHashes; });
    ++running_;
  }
  void Leave() {
    std::lock_guard lock(mu_);
    --running_;
    cv_.notify_one();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int running_ = 0;  // guarded by mu_
};

HashGate& Gate() {
  static HashGate gate;
  return gate;
}

struct GateHold {
  GateHold() { Gate().Enter(); }
  ~GateHold() { Gate().Leave(); }
};

void EnsureSodium() {
  static const int init = sodium_init();
  (void)init;
}

}  // namespace

Result<std::string> HashPassword(const std::string& password) {
  EnsureSodium();
  GateHold hold;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return Status::Internal("out of memory while hashing a password");
  return std::string(out);
}

bool VerifyPassword(const std::string& hash, const std::string& password) {
  EnsureSodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  GateHold hold;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string RandomToken(size_t bytes) {
  EnsureSodium();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::strlen(out.c_str()));
  return out;
}

std::string HashToken(const std::string& token) {
  EnsureSodium();
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

Status CheckPasswordStrength(const std::string& password, const std::string& field) {
  if (password.size() < 8) return Status::Validation({{field, "too_short"}});
  if (password.size() > 128) return Status::Validation({{field, "too_long"}});
  return Status::Ok();
}

}  // namespace quanke::org
