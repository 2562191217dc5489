-- Imports (docs/api-imports.md), owned by the imports module: one job per uploaded file, its
-- mapped rows as sent (a JSON array of objects of text), its progress, and the rows it refused or
-- skipped; and the named column mappings (templates) people save. A job runs in batches, each
-- batch one transaction that also moves `done` and writes the batch's row errors, so a job
-- cancelled or cut off by a restart has imported whole batches only and can go on from `done`.
CREATE TABLE import_jobs (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  object TEXT NOT NULL,               -- customers
  policy TEXT NOT NULL,               -- skip / attach / update
  status TEXT NOT NULL,               -- queued / running / done / cancelled / failed
  file_name TEXT NOT NULL,
  row_data TEXT NOT NULL,             -- the mapped rows: JSON array of objects of text
  total INTEGER NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,    -- rows handled so far (whole batches)
  created INTEGER NOT NULL DEFAULT 0,
  attached INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  lease_until INTEGER,                -- a running job whose lease has passed is taken over
  error TEXT NOT NULL DEFAULT '',     -- why the job failed as a whole
  created_by INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  finished_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX import_jobs_by_user ON import_jobs(tenant_id, created_by, created_at);
CREATE INDEX import_jobs_open ON import_jobs(status, created_at) WHERE status IN ('queued', 'running');
CREATE TABLE import_errors (
  tenant_id INTEGER NOT NULL,
  job_id INTEGER NOT NULL,
  row_no INTEGER NOT NULL,            -- 1-based, the row of the file after its header
  outcome TEXT NOT NULL,              -- failed / skipped
  code TEXT NOT NULL,
  fields TEXT NOT NULL,               -- "field:problem" pairs, comma-separated
  label TEXT NOT NULL,                -- the row's name, to find it in the file
  PRIMARY KEY (tenant_id, job_id, row_no)
) WITHOUT ROWID;
CREATE TABLE import_templates (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  object TEXT NOT NULL,
  name TEXT NOT NULL,
  mapping TEXT NOT NULL,              -- JSON object: column header -> field
  created_by INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX import_templates_name ON import_templates(tenant_id, object, name);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('import_jobs', 'import_jobs', '1000 100 1'),
  ('import_jobs', 'import_jobs_by_user', '1000 100 10 1 1'),
  ('import_jobs', 'import_jobs_open', '10 5 1 1 1'),
  ('import_errors', 'import_errors', '100000 100 100 1'),
  ('import_templates', 'import_templates', '100 10 1'),
  ('import_templates', 'import_templates_name', '100 10 5 1');
ANALYZE sqlite_schema;
