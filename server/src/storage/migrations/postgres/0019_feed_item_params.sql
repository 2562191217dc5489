-- A feed item carries parameters (JSON object of strings) the reader's language renders, as
-- notifications do: a work log's item holds {"kind", "period"} and its text is the summary alone.
-- Items written before keep their text (work logs: "日报 2026-12-01：…") and an empty object.
ALTER TABLE feed_items ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
