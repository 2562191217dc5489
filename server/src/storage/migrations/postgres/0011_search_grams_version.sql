-- Which version of the customer search tokens (customers::kSearchGramsVersion) the text index
-- holds. The server rebuilds the index at start-up when its own version is newer; version 1
-- is every index written before this table existed.
CREATE TABLE search_index_version (version INTEGER NOT NULL);
INSERT INTO search_index_version (version) VALUES (1);
