-- What the company is owed per due date (docs/api-contracts.md, "Receivables"), owned by the
-- contracts module: the open instalments' count and owed amount (amount - received) per due date,
-- kept in step with contract_instalments by the triggers below. The whole company's ageing reads
-- one row per due date instead of every open instalment (1M instalments: p99 3.7 s before);
-- narrower askers (an owner, a department, a customer) still read their instalments.
CREATE TABLE receivable_dates (
  tenant_id INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  open_count INTEGER NOT NULL,
  owed_fen INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, due_date)
) WITHOUT ROWID;
INSERT INTO receivable_dates (tenant_id, due_date, open_count, owed_fen)
  SELECT tenant_id, due_date, COUNT(*), SUM(amount_fen - received_fen) FROM contract_instalments
  WHERE is_open = 1 GROUP BY tenant_id, due_date;
-- The ageing's "owed beyond the plans" reads the contracts whose plan does not cover the total:
-- few, so a partial index of them (every active contract was read: 25 ms of the 26 at 32k).
CREATE INDEX contracts_unplanned ON contracts(tenant_id, status, owner_id, customer_id, total_fen, plan_fen, received_fen)
  WHERE plan_fen < total_fen AND deleted_at IS NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('receivable_dates', 'receivable_dates', '10000 10000 1'),
  ('contracts', 'contracts_unplanned', '100 100 20 5 2 1 1 1');
ANALYZE sqlite_schema;

CREATE TRIGGER contract_instalments_owed_insert AFTER INSERT ON contract_instalments WHEN NEW.is_open = 1
BEGIN
  INSERT INTO receivable_dates (tenant_id, due_date, open_count, owed_fen)
    VALUES (NEW.tenant_id, NEW.due_date, 1, NEW.amount_fen - NEW.received_fen)
    ON CONFLICT (tenant_id, due_date) DO UPDATE SET open_count = open_count + 1, owed_fen = owed_fen + excluded.owed_fen;
END;

CREATE TRIGGER contract_instalments_owed_delete AFTER DELETE ON contract_instalments WHEN OLD.is_open = 1
BEGIN
  UPDATE receivable_dates SET open_count = open_count - 1, owed_fen = owed_fen - (OLD.amount_fen - OLD.received_fen)
    WHERE tenant_id = OLD.tenant_id AND due_date = OLD.due_date;
  DELETE FROM receivable_dates WHERE tenant_id = OLD.tenant_id AND due_date = OLD.due_date AND open_count = 0;
END;

CREATE TRIGGER contract_instalments_owed_update AFTER UPDATE OF is_open, amount_fen, received_fen, due_date
  ON contract_instalments WHEN OLD.is_open = 1 OR NEW.is_open = 1
BEGIN
  UPDATE receivable_dates SET open_count = open_count - 1, owed_fen = owed_fen - (OLD.amount_fen - OLD.received_fen)
    WHERE OLD.is_open = 1 AND tenant_id = OLD.tenant_id AND due_date = OLD.due_date;
  INSERT INTO receivable_dates (tenant_id, due_date, open_count, owed_fen)
    SELECT NEW.tenant_id, NEW.due_date, 1, NEW.amount_fen - NEW.received_fen WHERE NEW.is_open = 1
    ON CONFLICT (tenant_id, due_date) DO UPDATE SET open_count = open_count + 1, owed_fen = owed_fen + excluded.owed_fen;
  DELETE FROM receivable_dates WHERE tenant_id = OLD.tenant_id AND due_date = OLD.due_date AND open_count = 0;
END;
