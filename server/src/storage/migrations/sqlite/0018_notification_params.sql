-- A notification is stored as its type and parameters (JSON object of strings: customer, actor,
-- count …) and rendered in the reader's language by the web, the API and the robot formatter;
-- `title` stays for notifications written before (their text was stored in Chinese).
ALTER TABLE notifications ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
