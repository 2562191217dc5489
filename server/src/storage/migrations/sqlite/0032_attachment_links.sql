-- Which objects an upload is attached to beyond follow-ups (docs/architecture.md, "Attachments"):
-- a contract's files, a product's image, an expense claim's receipts, an opportunity's stage
-- feedback. Whoever may read one of those objects may download the attachment (the module owning
-- the object's type answers that). Owned by the activity module.
CREATE TABLE attachment_links (
  tenant_id INTEGER NOT NULL,
  attachment_id INTEGER NOT NULL,
  subject_type TEXT NOT NULL,                 -- contract, product, approval_request, opportunity
  subject_id INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, attachment_id, subject_type, subject_id)
) WITHOUT ROWID;
CREATE INDEX attachment_links_subject ON attachment_links(tenant_id, subject_type, subject_id);

-- Fixed planner statistics (see 0003, 0027).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('attachment_links', 'attachment_links', '1000000 1000000 1 1 1'),
  ('attachment_links', 'attachment_links_subject', '1000000 1000000 250000 2');
ANALYZE sqlite_schema;
