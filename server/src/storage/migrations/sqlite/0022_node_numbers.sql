-- Version 22 gives each PostgreSQL process a node number for its ids (see
-- postgres/0022_node_numbers.sql). One process owns a SQLite file: it keeps node 0.
SELECT 1;
