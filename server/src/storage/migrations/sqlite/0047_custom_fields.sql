-- Custom fields and form layouts (docs/api-custom-fields.md), owned by the fields module.
-- A record keeps its values in its own custom_fields column (JSON); custom_values indexes them
-- for the lists' filters and the unique check: one row per value (per option of a multi-select),
-- rewritten with the record. A deleted field's definition stays (deleted_at), and so do its
-- values, so old records read as they were.
CREATE TABLE custom_fields (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  object TEXT NOT NULL,                    -- customer / lead
  key TEXT NOT NULL,                       -- the name inside custom_fields; never reused
  label TEXT NOT NULL,
  type TEXT NOT NULL,                      -- text / long_text / number / … (the doc's table)
  options TEXT NOT NULL DEFAULT '[]',      -- JSON array of text (select, multi_select)
  required INTEGER NOT NULL DEFAULT 0,
  unique_values INTEGER NOT NULL DEFAULT 0,
  default_value TEXT,                      -- JSON of a value, or NULL
  visible_roles TEXT NOT NULL DEFAULT '',  -- role ids, comma-separated; empty: everyone
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX custom_fields_key ON custom_fields(tenant_id, object, key);

CREATE TABLE custom_values (
  tenant_id INTEGER NOT NULL,
  field_id INTEGER NOT NULL,
  value TEXT NOT NULL,        -- as text: options, ids, dates, instants (ISO, so they sort), numbers
  record_id INTEGER NOT NULL, -- the customer's or lead's id (the field says which)
  number REAL,                -- number and money fields: the value as a number, for ranges
  PRIMARY KEY (tenant_id, field_id, value, record_id)
) WITHOUT ROWID;
CREATE INDEX custom_values_record ON custom_values(tenant_id, record_id, field_id, value);
CREATE INDEX custom_values_number ON custom_values(tenant_id, field_id, number) WHERE number IS NOT NULL;

-- Which custom fields a department's form shows, in which groups (department_id 0: the company's).
CREATE TABLE form_layouts (
  tenant_id INTEGER NOT NULL,
  object TEXT NOT NULL,
  department_id INTEGER NOT NULL,
  groups TEXT NOT NULL,       -- JSON: [{"title": …, "fields": [key, …]}, …]
  updated_by INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, object, department_id)
) WITHOUT ROWID;

INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('custom_fields', 'custom_fields', '1000 100 1'),
  ('custom_fields', 'custom_fields_key', '1000 100 20 1'),
  ('custom_values', 'custom_values', '5000000 5000000 100000 10 1'),
  ('custom_values', 'custom_values_record', '5000000 5000000 5 1 1'),
  ('custom_values', 'custom_values_number', '1000000 1000000 100000 10'),
  ('form_layouts', 'form_layouts', '100 10 5 1');
ANALYZE sqlite_schema;
