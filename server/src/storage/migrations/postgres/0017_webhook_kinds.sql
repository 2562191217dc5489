-- Chat-app robots: a webhook has a kind (generic, wecom, dingtalk, feishu), a message format
-- (text, markdown) and, for DingTalk and Feishu, an optional signing secret.
ALTER TABLE webhooks ADD COLUMN kind TEXT NOT NULL DEFAULT 'generic';
ALTER TABLE webhooks ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
ALTER TABLE webhooks ADD COLUMN secret TEXT NOT NULL DEFAULT '';
