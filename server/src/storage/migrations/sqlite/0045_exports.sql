-- Exports (docs/api-exports.md), owned by the exports module: one job per list exported, with the
-- list's query as sent (a JSON object of text), its progress and, once done, the file it wrote
-- (its SHA-256 in the file store). An export is a read: a job cut off by a restart is read again
-- from the first row by the next runner, so no rows are kept between pages.
CREATE TABLE export_jobs (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  object TEXT NOT NULL,               -- customers / leads / opportunities / contracts / audit
  query TEXT NOT NULL,                -- the list's query parameters: JSON object of text
  language TEXT NOT NULL,             -- the header's language: zh-CN / en
  status TEXT NOT NULL,               -- queued / running / done / cancelled / failed
  done INTEGER NOT NULL DEFAULT 0,    -- rows read so far
  total INTEGER,                      -- the list's own count, once read
  truncated INTEGER NOT NULL DEFAULT 0,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  lease_until INTEGER,                -- a running job whose lease has passed is taken over
  error TEXT NOT NULL DEFAULT '',     -- why the job failed as a whole
  file_name TEXT NOT NULL,
  file_sha256 TEXT,                   -- the workbook in the file store, once done
  file_bytes INTEGER,
  created_by INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  finished_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX export_jobs_by_user ON export_jobs(tenant_id, created_by, created_at);
CREATE INDEX export_jobs_open ON export_jobs(status, created_at) WHERE status IN ('queued', 'running');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('export_jobs', 'export_jobs', '1000 100 1'),
  ('export_jobs', 'export_jobs_by_user', '1000 100 10 1 1'),
  ('export_jobs', 'export_jobs_open', '10 5 1 1 1');
ANALYZE sqlite_schema;
