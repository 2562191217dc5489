-- PostgreSQL only (its GIN search index's fast-update pending list, see postgres/0023); SQLite's
-- full-text index has no such list. Kept so both backends have the same schema versions.
SELECT 1;
