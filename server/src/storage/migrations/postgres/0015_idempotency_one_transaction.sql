-- An Idempotency-Key now commits with the request's writes and its answer (one transaction), so
-- no key is ever stored as "still running". The hash of method, path and body tells a retry
-- from another request sent with the same key. Claims left by a process that died are dropped:
-- their writes, if any, committed without the key under the old scheme.
ALTER TABLE idempotency_keys ADD COLUMN request_hash TEXT NOT NULL DEFAULT '';
DELETE FROM idempotency_keys WHERE status = 0;
