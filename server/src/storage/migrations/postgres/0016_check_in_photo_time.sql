-- A check-in keeps the capture time its photo came with and where the client read it: "exif"
-- (the photo's own DateTimeOriginal) or "file" (the file's last-modified time).
ALTER TABLE check_ins ADD COLUMN photo_taken_at BIGINT;
ALTER TABLE check_ins ADD COLUMN photo_time_source TEXT NOT NULL DEFAULT '';
