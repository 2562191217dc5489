-- Which objects an upload is attached to beyond follow-ups (docs/architecture.md, "Attachments"):
-- a contract's files, a product's image, an expense claim's receipts, an opportunity's stage
-- feedback. Whoever may read one of those objects may download the attachment (the module owning
-- the object's type answers that). Owned by the activity module.
CREATE TABLE attachment_links (
  tenant_id BIGINT NOT NULL,
  attachment_id BIGINT NOT NULL,
  subject_type TEXT NOT NULL,                 -- contract, product, approval_request, opportunity
  subject_id BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, attachment_id, subject_type, subject_id)
);
CREATE INDEX attachment_links_subject ON attachment_links(tenant_id, subject_type, subject_id);
