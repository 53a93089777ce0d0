-- The fund ledger (资金, issue 10; domain.md §4): fund documents, their allocations to library projects and the
-- disbursements against those, each movement one balanced journal entry. The journal is insert-only (triggers
-- below, and V13's rule that the runtime user gets no UPDATE/DELETE on a table unless granted). Two guard columns
-- carry the limits the rules need under concurrency — fund_document.unallocated and fund_allocation.undisbursed —
-- locked FOR UPDATE and changed in the posting transaction; their CHECKs make a negative balance impossible
-- whatever the code does. Reports never read them: they derive every figure from journal_line.

CREATE TABLE fund_document (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  doc_number   VARCHAR(100)  NOT NULL,
  source       VARCHAR(30)   NOT NULL,
  level        VARCHAR(20)   NOT NULL,
  region_code  VARCHAR(15)   NOT NULL,
  year         INT           NOT NULL,
  issued_on    DATE          NOT NULL,
  amount       DECIMAL(18,2) NOT NULL,
  purpose      VARCHAR(1000) NOT NULL,
  unallocated  DECIMAL(18,2) NOT NULL,
  entry_no     VARCHAR(24)   NOT NULL,
  created_by   VARCHAR(64)   NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_fund_document PRIMARY KEY (id),
  CONSTRAINT uq_fund_document_number UNIQUE (region_code, doc_number),
  CONSTRAINT fk_fund_document_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT ck_fund_document_amount CHECK (amount > 0),
  CONSTRAINT ck_fund_document_unallocated CHECK (unallocated >= 0 AND unallocated <= amount)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE fund_allocation (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  fund_document_id BIGINT        NOT NULL,
  project_id       BIGINT        NOT NULL,
  amount           DECIMAL(18,2) NOT NULL,
  allocated_on     DATE          NOT NULL,
  undisbursed      DECIMAL(18,2) NOT NULL,
  entry_no         VARCHAR(24)   NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT pk_fund_allocation PRIMARY KEY (id),
  CONSTRAINT fk_fund_allocation_document FOREIGN KEY (fund_document_id) REFERENCES fund_document (id),
  CONSTRAINT fk_fund_allocation_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_fund_allocation_amount CHECK (amount > 0),
  CONSTRAINT ck_fund_allocation_undisbursed CHECK (undisbursed >= 0 AND undisbursed <= amount)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_fund_allocation_project ON fund_allocation (project_id);

CREATE TABLE fund_disbursement (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  allocation_id BIGINT        NOT NULL,
  amount        DECIMAL(18,2) NOT NULL,
  payee         VARCHAR(200)  NOT NULL,
  voucher_no    VARCHAR(50)   NOT NULL,
  paid_on       DATE          NOT NULL,
  entry_no      VARCHAR(24)   NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT pk_fund_disbursement PRIMARY KEY (id),
  CONSTRAINT fk_fund_disbursement_allocation FOREIGN KEY (allocation_id) REFERENCES fund_allocation (id),
  CONSTRAINT ck_fund_disbursement_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One entry per movement, numbered gap-free per ledger region (a county, or the prefecture) and year; chained by
-- prev_hash to the region's previous entry; hash = SHA-256 of the entry's canonical content including its salt.
CREATE TABLE journal_entry (
  entry_no      VARCHAR(24)   NOT NULL,
  ledger_region VARCHAR(15)   NOT NULL,
  year          INT           NOT NULL,
  seq           BIGINT        NOT NULL,
  chain_index   BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  entry_date    DATE          NOT NULL,
  posted_at     DATETIME(3)   NOT NULL,
  posted_by     VARCHAR(64)   NOT NULL,
  reverses      VARCHAR(24)   NULL,
  memo          VARCHAR(500)  NULL,
  particulars   VARCHAR(1000) NOT NULL,
  salt          CHAR(32)      NOT NULL,
  hash          CHAR(64)      NOT NULL,
  prev_hash     CHAR(64)      NULL,
  CONSTRAINT pk_journal_entry PRIMARY KEY (entry_no),
  CONSTRAINT uq_journal_entry_seq UNIQUE (ledger_region, year, seq),
  -- the entry's place in its region's chain (numbers restart every year, the chain does not)
  CONSTRAINT uq_journal_entry_chain UNIQUE (ledger_region, chain_index),
  -- an entry is reversed at most once
  CONSTRAINT uq_journal_entry_reverses UNIQUE (reverses),
  CONSTRAINT fk_journal_entry_reverses FOREIGN KEY (reverses) REFERENCES journal_entry (entry_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_journal_entry_date ON journal_entry (ledger_region, entry_date);

CREATE TABLE journal_line (
  entry_no         VARCHAR(24)   NOT NULL,
  line_no          INT           NOT NULL,
  account          VARCHAR(30)   NOT NULL,
  fund_document_id BIGINT        NOT NULL,
  allocation_id    BIGINT        NULL,
  project_id       BIGINT        NULL,
  source           VARCHAR(30)   NOT NULL,
  debit            DECIMAL(18,2) NOT NULL,
  credit           DECIMAL(18,2) NOT NULL,
  CONSTRAINT pk_journal_line PRIMARY KEY (entry_no, line_no),
  CONSTRAINT fk_journal_line_entry FOREIGN KEY (entry_no) REFERENCES journal_entry (entry_no),
  CONSTRAINT fk_journal_line_document FOREIGN KEY (fund_document_id) REFERENCES fund_document (id),
  CONSTRAINT ck_journal_line_side CHECK (debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_journal_line_document ON journal_line (fund_document_id, account);
CREATE INDEX ix_journal_line_allocation ON journal_line (allocation_id, account);
CREATE INDEX ix_journal_line_project ON journal_line (project_id, account);

-- The last entry of each ledger region's chain; its row lock orders postings within the region.
CREATE TABLE journal_chain_head (
  ledger_region VARCHAR(15) NOT NULL,
  entries       BIGINT      NOT NULL DEFAULT 0,
  last_entry_no VARCHAR(24) NULL,
  last_hash     CHAR(64)    NULL,
  CONSTRAINT pk_journal_chain_head PRIMARY KEY (ledger_region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 月结/年结: a closed period ('2026-03' or '2026') accepts no entry dated in it and is never reopened.
CREATE TABLE journal_period_close (
  ledger_region VARCHAR(15)   NOT NULL,
  period        VARCHAR(7)    NOT NULL,
  closed_at     DATETIME(3)   NOT NULL,
  closed_by     VARCHAR(64)   NOT NULL,
  entries       BIGINT        NOT NULL,
  debit_total   DECIMAL(20,2) NOT NULL,
  last_entry_no VARCHAR(24)   NULL,
  last_hash     CHAR(64)      NULL,
  CONSTRAINT pk_journal_period_close PRIMARY KEY (ledger_region, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal entries are immutable';
CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal entries are immutable';
CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal lines are immutable';
CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal lines are immutable';
CREATE TRIGGER fund_disbursement_no_update BEFORE UPDATE ON fund_disbursement FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disbursements are corrected by reversal, never edited';
CREATE TRIGGER fund_disbursement_no_delete BEFORE DELETE ON fund_disbursement FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disbursements are corrected by reversal, never edited';
CREATE TRIGGER journal_period_close_no_update BEFORE UPDATE ON journal_period_close FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a closed period is never reopened';
CREATE TRIGGER journal_period_close_no_delete BEFORE DELETE ON journal_period_close FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a closed period is never reopened';

-- the guards and the chain head change in the posting transaction; nothing else of the ledger does
GRANT UPDATE (unallocated) ON fund_document TO '${runtime_user}'@'%';
GRANT UPDATE (unallocated) ON fund_document TO '${runtime_user}'@'localhost';
GRANT UPDATE (undisbursed) ON fund_allocation TO '${runtime_user}'@'%';
GRANT UPDATE (undisbursed) ON fund_allocation TO '${runtime_user}'@'localhost';
GRANT UPDATE ON journal_chain_head TO '${runtime_user}'@'%';
GRANT UPDATE ON journal_chain_head TO '${runtime_user}'@'localhost';
