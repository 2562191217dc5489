#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

#include "core/clock.h"

namespace quanke::org {

// Proof-of-work challenges for logins from an address that has failed many times (an office
// behind one NAT shares its address with whoever is guessing passwords there). Instead of
// locking the address, each further login from it must first find a `solution` such that
// SHA-256(challenge ":" solution) starts with `difficulty` zero bits: a browser does that in a
// fraction of a second, a password-guessing script pays it for every single guess, and the
// difficulty grows with the failures. A correct password of any user still logs in.
//
// Challenges are stateless and signed with a key of this process (keyed BLAKE2b over the
// address, expiry, difficulty and a nonce), valid for two minutes and good for one login each;
// a challenge from another node or an earlier process is simply answered with a new one.
class LoginChallenges {
 public:
  LoginChallenges();

  std::string Issue(const std::string& ip, int difficulty, Instant now);
  // True when `challenge` was issued here to `ip`, has not expired or been redeemed, and
  // `solution` solves it. Marks it redeemed.
  bool Redeem(const std::string& ip, const std::string& challenge, const std::string& solution, Instant now);

  // Whether SHA-256(challenge ":" solution) starts with `difficulty` zero bits.
  static bool Solves(const std::string& challenge, const std::string& solution, int difficulty);

 private:
  std::string Mac(const std::string& ip, const std::string& body) const;

  unsigned char key_[32];
  std::mutex mu_;
  std::unordered_map<std::string, Instant> redeemed_;  // challenge → expiry (guarded by mu_)
};

}  // namespace quanke::org
