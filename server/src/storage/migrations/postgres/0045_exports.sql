-- Exports (docs/api-exports.md), owned by the exports module: one job per list exported, with the
-- list's query as sent (a JSON object of text), its progress and, once done, the file it wrote
-- (its SHA-256 in the file store). An export is a read: a job cut off by a restart is read again
-- from the first row by the next runner, so no rows are kept between pages.
CREATE TABLE export_jobs (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  object TEXT NOT NULL,               -- customers / leads / opportunities / contracts / audit
  query TEXT NOT NULL,                -- the list's query parameters: JSON object of text
  language TEXT NOT NULL,             -- the header's language: zh-CN / en
  status TEXT NOT NULL,               -- queued / running / done / cancelled / failed
  done BIGINT NOT NULL DEFAULT 0,    -- rows read so far
  total BIGINT,                      -- the list's own count, once read
  truncated BIGINT NOT NULL DEFAULT 0,
  cancel_requested BIGINT NOT NULL DEFAULT 0,
  lease_until BIGINT,                -- a running job whose lease has passed is taken over
  error TEXT NOT NULL DEFAULT '',     -- why the job failed as a whole
  file_name TEXT NOT NULL,
  file_sha256 TEXT,                   -- the workbook in the file store, once done
  file_bytes BIGINT,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX export_jobs_by_user ON export_jobs(tenant_id, created_by, created_at);
CREATE INDEX export_jobs_open ON export_jobs(status, created_at) WHERE status IN ('queued', 'running');
