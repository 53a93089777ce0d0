-- Asset income (issue 11 item 3): 租金, 分红 and 经营收益 of an asset are posted to the fund ledger's journal as
-- income of the asset's owners, so that a later distribution draws on a ledger balance, not a spreadsheet figure.
--
-- A journal line is now on one of two sides: the fund side (a fund document's money, as before: document and source)
-- or the owner side (an owner's money: the owning entity and its region, and the asset the money came from when it
-- came from one). The database keeps a line on exactly one side.
ALTER TABLE journal_line
  MODIFY fund_document_id BIGINT NULL,
  MODIFY source VARCHAR(30) NULL,
  ADD COLUMN asset_id     BIGINT       NULL,
  ADD COLUMN owner_region VARCHAR(15)  NULL,
  ADD COLUMN owner_name   VARCHAR(200) NULL,
  ADD CONSTRAINT fk_journal_line_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  ADD CONSTRAINT ck_journal_line_one_side CHECK (
    (fund_document_id IS NOT NULL AND source IS NOT NULL AND owner_name IS NULL AND owner_region IS NULL)
    OR (fund_document_id IS NULL AND source IS NULL AND allocation_id IS NULL AND project_id IS NULL
        AND owner_name IS NOT NULL AND owner_region IS NOT NULL));
CREATE INDEX ix_journal_line_owner ON journal_line (owner_region, owner_name, account);
CREATE INDEX ix_journal_line_asset ON journal_line (asset_id, account);

-- One receipt of income: who paid, how much, for which period, under which receipt number (once per asset), and the
-- journal entry that posted it. Corrections are reversals of that entry, never edits.
CREATE TABLE asset_income (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  asset_id     BIGINT        NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  received_on  DATE          NOT NULL,
  payer        VARCHAR(200)  NOT NULL,
  amount       DECIMAL(18,2) NOT NULL,
  receipt_no   VARCHAR(100)  NOT NULL,
  period_from  DATE          NULL,
  period_to    DATE          NULL,
  entry_no     VARCHAR(24)   NOT NULL,
  created_by   VARCHAR(64)   NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_asset_income PRIMARY KEY (id),
  CONSTRAINT uq_asset_income_receipt UNIQUE (asset_id, receipt_no),
  CONSTRAINT uq_asset_income_entry UNIQUE (entry_no),
  CONSTRAINT fk_asset_income_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  CONSTRAINT fk_asset_income_entry FOREIGN KEY (entry_no) REFERENCES journal_entry (entry_no),
  CONSTRAINT ck_asset_income_amount CHECK (amount > 0),
  CONSTRAINT ck_asset_income_period CHECK (period_from IS NULL OR period_to IS NULL OR period_to >= period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asset_income_asset ON asset_income (asset_id, received_on);

CREATE TRIGGER asset_income_no_update BEFORE UPDATE ON asset_income FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'recorded income is corrected by reversal, never edited';
CREATE TRIGGER asset_income_no_delete BEFORE DELETE ON asset_income FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'recorded income is corrected by reversal, never edited';
