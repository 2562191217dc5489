-- Node numbers for the ids each process makes (storage/node_number.h): several processes write
-- to one database, and ids made by two of them in the same millisecond were the same (every
-- process was node 0: 40 of 320 concurrent follow-ups through two nodes failed as duplicates).
CREATE SEQUENCE node_numbers AS integer MINVALUE 1 MAXVALUE 1023 CYCLE;
