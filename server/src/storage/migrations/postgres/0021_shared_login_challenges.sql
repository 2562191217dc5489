-- Login challenges that every node accepts: one signing key for all nodes, made here once, and
-- the challenges already used (by signature), so each is good for one login whichever node
-- it reaches. The key is 32 bytes hex: SHA-256 of two random UUIDs (gen_random_uuid draws
-- from the system's strong random source; 244 random bits).
CREATE TABLE auth_keys (
  name TEXT PRIMARY KEY,
  secret TEXT NOT NULL
);
INSERT INTO auth_keys (name, secret)
  VALUES ('login_challenge', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'));

-- Purged hourly once expired (storage/maintenance.cc).
CREATE TABLE login_challenges_used (
  mac TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
