#pragma once

#include <string>

#include "core/status.h"

namespace quanke::org {

// argon2id password hashes (libsodium crypto_pwhash_str, interactive limits). Hashing costs
// tens of milliseconds and 64 MiB, so it runs on the blocking pool with bounded concurrency;
// at most kMaxConcurrentHashes run at once in the process.
constexpr int kMaxConcurrentHashes = 2;

Result<std::string> HashPassword(const std::string& password);
bool VerifyPassword(const std::string& hash, const std::string& password);

// Random bytes as URL-safe base64 (session tokens, CSRF tokens).
std::string RandomToken(size_t bytes = 32);
// A keyed hash of a token for storage: a leaked table does not give usable tokens.
std::string HashToken(const std::string& token);

// Minimum rules for a new password; ok or validation.failed on field `field`.
Status CheckPasswordStrength(const std::string& password, const std::string& field);

}  // namespace quanke::org
