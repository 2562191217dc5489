-- Products (产品), contracts (合同), change orders, payment plans, receipts, invoices
-- (docs/api-contracts.md). products and product_categories are owned by the products module,
-- the rest by the contracts module. Money is integer fen; dates are "YYYY-MM-DD" in the tenant's
-- calendar; instants integer milliseconds.

CREATE TABLE product_categories (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  parent_id INTEGER,
  name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX product_categories_parent ON product_categories(tenant_id, parent_id, position);

CREATE TABLE products (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  category_id INTEGER,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  spec TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  list_price_fen INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'on',          -- on, off (sale)
  image_id INTEGER,                           -- an attachment
  description TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',       -- lower-case code and name
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  deleted_by INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX products_code ON products(tenant_id, code) WHERE deleted_at IS NULL;
CREATE INDEX products_category ON products(tenant_id, category_id, code);

-- Number settings and reminders of a tenant's contracts (one row; defaults when absent).
CREATE TABLE contract_settings (
  tenant_id INTEGER NOT NULL PRIMARY KEY,
  number_prefix TEXT NOT NULL DEFAULT 'HT',
  number_date TEXT NOT NULL DEFAULT 'YYYYMMDD',   -- YYYYMMDD, YYYYMM, YYYY or ''
  number_digits INTEGER NOT NULL DEFAULT 4,
  number_reset TEXT NOT NULL DEFAULT 'daily',     -- daily, monthly, yearly, never
  end_remind_days INTEGER NOT NULL DEFAULT 30,
  due_remind_days INTEGER NOT NULL DEFAULT 3,
  discount_approval_bp INTEGER NOT NULL DEFAULT 2000,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- The next contract number of a period ("" for never, "2026", "202612", "20261206"): bumped in
-- the transaction that creates the contract, so numbers are gap-free.
CREATE TABLE contract_number_seqs (
  tenant_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, period)
) WITHOUT ROWID;

CREATE TABLE contracts (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  number TEXT NOT NULL,
  name TEXT NOT NULL,
  customer_id INTEGER NOT NULL,
  opportunity_id INTEGER,
  contact_id INTEGER,                         -- the customer's signer
  signer_id INTEGER,                          -- our signer (a user)
  owner_id INTEGER NOT NULL,
  total_fen INTEGER NOT NULL DEFAULT 0,
  list_total_fen INTEGER NOT NULL DEFAULT 0,  -- Σ quantity × list price of the lines
  sign_date TEXT,
  start_date TEXT,
  end_date TEXT,
  status TEXT NOT NULL DEFAULT 'draft',       -- draft, pending, active, ended, void
  approval_id INTEGER,                        -- the latest approval of the contract
  approval_status TEXT,                       -- pending, approved, rejected, returned, withdrawn
  activated_at INTEGER,
  renewal_of_id INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  attachment_ids TEXT NOT NULL DEFAULT '[]',  -- JSON ids
  received_fen INTEGER NOT NULL DEFAULT 0,    -- Σ confirmed receipts
  claimed_fen INTEGER NOT NULL DEFAULT 0,     -- Σ pending and confirmed receipts (the overpayment guard)
  invoiced_fen INTEGER NOT NULL DEFAULT 0,    -- Σ issued invoices
  plan_fen INTEGER NOT NULL DEFAULT 0,        -- Σ instalments
  void_reason TEXT NOT NULL DEFAULT '',
  end_reminded_for TEXT,                      -- the end date a reminder was sent for
  search_text TEXT NOT NULL DEFAULT '',       -- lower-case number, name and customer name
  version INTEGER NOT NULL DEFAULT 1,
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  deleted_by INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX contracts_number ON contracts(tenant_id, number);
CREATE INDEX contracts_owner ON contracts(tenant_id, owner_id, deleted_at, created_at, id);
CREATE INDEX contracts_created ON contracts(tenant_id, created_at, id);
CREATE INDEX contracts_customer ON contracts(tenant_id, customer_id, id);
CREATE INDEX contracts_end ON contracts(tenant_id, status, end_date);

CREATE TABLE contract_items (
  tenant_id INTEGER NOT NULL,
  contract_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  product_id INTEGER,
  name TEXT NOT NULL,
  spec TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  quantity INTEGER NOT NULL,
  list_price_fen INTEGER NOT NULL DEFAULT 0,
  unit_price_fen INTEGER NOT NULL,
  discount_fen INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, contract_id, position)
) WITHOUT ROWID;

-- Change orders (变更): the money fields before and after, applied when approved.
CREATE TABLE contract_changes (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  contract_id INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',     -- pending, approved, rejected, returned, withdrawn
  reason TEXT NOT NULL DEFAULT '',
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  approval_id INTEGER,
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  decided_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX contract_changes_contract ON contract_changes(tenant_id, contract_id, id);

-- Payment plan (回款计划): instalments. owner_id and contract_state are copies from the contract
-- (kept in step by every contract write), so receivables and their ageing read this table alone.
CREATE TABLE contract_instalments (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  contract_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  amount_fen INTEGER NOT NULL,
  received_fen INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  owner_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  is_open INTEGER NOT NULL DEFAULT 0,            -- 1 while the contract is active or ended and money is owed
  due_reminded_at INTEGER,
  overdue_reminded_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX contract_instalments_contract ON contract_instalments(tenant_id, contract_id, seq);
CREATE INDEX contract_instalments_open ON contract_instalments(tenant_id, is_open, due_date, amount_fen, received_fen);
CREATE INDEX contract_instalments_owner ON contract_instalments(tenant_id, owner_id, is_open, due_date, amount_fen, received_fen);

-- Receipts (回款) and how each is spread over instalments.
CREATE TABLE receipts (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  contract_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  owner_id INTEGER NOT NULL,                  -- the contract's owner when recorded
  amount_fen INTEGER NOT NULL,
  received_on TEXT NOT NULL,
  method TEXT NOT NULL,                       -- bank, cash, cheque, alipay, wechat, other
  account TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'confirmed',   -- pending, confirmed, rejected
  approval_id INTEGER,
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  deleted_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX receipts_contract ON receipts(tenant_id, contract_id, id);
CREATE INDEX receipts_received ON receipts(tenant_id, received_on, id);
CREATE INDEX receipts_owner ON receipts(tenant_id, owner_id, received_on, id);

CREATE TABLE receipt_allocations (
  tenant_id INTEGER NOT NULL,
  receipt_id INTEGER NOT NULL,
  instalment_id INTEGER NOT NULL,
  amount_fen INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, receipt_id, instalment_id)
) WITHOUT ROWID;
CREATE INDEX receipt_allocations_instalment ON receipt_allocations(tenant_id, instalment_id);

-- Invoices (发票) against a contract.
CREATE TABLE invoices (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  contract_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  owner_id INTEGER NOT NULL,
  type TEXT NOT NULL,                         -- vat_special, vat_normal, electronic, other
  number TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  tax_no TEXT NOT NULL DEFAULT '',
  amount_fen INTEGER NOT NULL,
  issued_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'issued',      -- issued, void
  void_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX invoices_number ON invoices(tenant_id, number) WHERE status = 'issued';
CREATE INDEX invoices_contract ON invoices(tenant_id, contract_id, id);
CREATE INDEX invoices_issued ON invoices(tenant_id, issued_on, id);

-- Fixed planner statistics (see 0003, 0027) for every index above: a company with 10,000
-- products, 300,000 contracts, 1,000,000 instalments, 1,000 owners.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('product_categories', 'product_categories', '200 200 1'),
  ('product_categories', 'product_categories_parent', '200 200 10 1'),
  ('products', 'products', '10000 10000 1'),
  ('products', 'products_code', '10000 10000 1'),
  ('products', 'products_category', '10000 10000 50 1'),
  ('contract_settings', 'contract_settings', '100 1'),
  ('contract_number_seqs', 'contract_number_seqs', '1000 1000 1'),
  ('contracts', 'contracts', '300000 300000 1'),
  ('contracts', 'contracts_number', '300000 300000 1'),
  ('contracts', 'contracts_owner', '300000 300000 300 300 1 1'),
  ('contracts', 'contracts_created', '300000 300000 1 1'),
  ('contracts', 'contracts_customer', '300000 300000 2 1'),
  ('contracts', 'contracts_end', '300000 300000 60000 5'),
  ('contract_items', 'contract_items', '900000 900000 3 1'),
  ('contract_changes', 'contract_changes', '30000 30000 1'),
  ('contract_changes', 'contract_changes_contract', '30000 30000 1 1'),
  ('contract_instalments', 'contract_instalments', '1000000 1000000 1'),
  ('contract_instalments', 'contract_instalments_contract', '1000000 1000000 3 1'),
  ('contract_instalments', 'contract_instalments_open', '1000000 1000000 500000 50 3 2'),
  ('contract_instalments', 'contract_instalments_owner', '1000000 1000000 1000 500 3 2 2'),
  ('receipts', 'receipts', '1000000 1000000 1'),
  ('receipts', 'receipts_contract', '1000000 1000000 3 1'),
  ('receipts', 'receipts_received', '1000000 1000000 1000 1'),
  ('receipts', 'receipts_owner', '1000000 1000000 1000 3 1'),
  ('receipt_allocations', 'receipt_allocations', '1000000 1000000 1 1'),
  ('receipt_allocations', 'receipt_allocations_instalment', '1000000 1000000 1'),
  ('invoices', 'invoices', '500000 500000 1'),
  ('invoices', 'invoices_number', '500000 500000 1'),
  ('invoices', 'invoices_contract', '500000 500000 2 1'),
  ('invoices', 'invoices_issued', '500000 500000 500 1');
ANALYZE sqlite_schema;
