-- Login challenges that every node accepts: one signing key for all nodes, made here once, and
-- the challenges already used (by signature), so each is good for one login whichever node
-- it reaches. The key is 32 random bytes, hex (SQLite's randomness is seeded by the system's).
CREATE TABLE auth_keys (
  name TEXT PRIMARY KEY,
  secret TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO auth_keys (name, secret) VALUES ('login_challenge', lower(hex(randomblob(32))));

-- Purged hourly once expired (storage/maintenance.cc).
CREATE TABLE login_challenges_used (
  mac TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('auth_keys', 'auth_keys', '1 1'),
  ('login_challenges_used', 'login_challenges_used', '1000 1');
ANALYZE sqlite_schema;
