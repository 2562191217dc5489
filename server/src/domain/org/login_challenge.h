#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::org {

// Proof-of-work challenges for logins from an address that has failed many times (an office
// behind one NAT shares its address with whoever is guessing passwords there). Instead of
// locking the address, each further login from it must first find a `solution` such that
// SHA-256(challenge ":" solution) starts with `difficulty` zero bits: a browser does that in a
// fraction of a second, a password-guessing script pays it for every single guess, and the
// difficulty grows with the failures. A correct password of any user still logs in.
//
// A challenge is signed (keyed BLAKE2b over the address, expiry, difficulty and a nonce) with
// one key for every node, kept in the database (auth_keys, made by a migration), so a challenge
// one node issued is answered on any other (a round-robin balancer sends the login elsewhere).
// It is valid for two minutes and good for one login: the signature of a redeemed challenge is
// recorded in the database (login_challenges_used) before the login goes on. Thread-safe.
class LoginChallenges {
 public:
  // A challenge that checked out: what Use records.
  struct Solved {
    std::string mac;
    Instant expires_at = 0;
  };

  // Reads the signing key the first time it is called; later calls return at once. Errors: the
  // database's, and internal when the key is missing or malformed.
  Status Load(storage::Connection& conn);

  // After Load: a challenge for `ip`.
  std::string Issue(const std::string& ip, int difficulty, Instant now) const;
  // After Load: the challenge when it was issued (by any node) to `ip`, has not expired, and
  // `solution` solves it; nullopt otherwise. Whether it was used already is Use's to say.
  std::optional<Solved> Check(const std::string& ip, const std::string& challenge, const std::string& solution,
                              Instant now) const;
  // In a write transaction: records the challenge as used. False when it was used before, on
  // any node.
  static Result<bool> Use(storage::Connection& conn, const Solved& solved);

  // Whether SHA-256(challenge ":" solution) starts with `difficulty` zero bits.
  static bool Solves(const std::string& challenge, const std::string& solution, int difficulty);

 private:
  std::string Mac(const std::string& ip, const std::string& body) const;

  std::mutex load_mu_;
  std::atomic<bool> loaded_{false};  // set (release) once key_ holds the key; key_ is read-only then
  unsigned char key_[32] = {};
};

}  // namespace quanke::org
