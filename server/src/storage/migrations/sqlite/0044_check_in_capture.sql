-- A check-in keeps two instants (docs/api-visits.md "Capture time and late uploads"):
-- captured_at, when the device took the fix it reports (the client's capturedAt; the receipt
-- time when not given), and received_at, when the server received it. A check-in captured
-- offline and sent later has received_at well after captured_at. `at` stays the receipt time.
ALTER TABLE check_ins ADD COLUMN captured_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE check_ins ADD COLUMN received_at INTEGER NOT NULL DEFAULT 0;
UPDATE check_ins SET captured_at = at, received_at = at;
