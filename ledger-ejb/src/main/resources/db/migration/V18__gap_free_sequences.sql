-- One sequence mechanism for every gap-free number (notice numbers, project codes, and the journal entry numbers
-- of the fund ledger): GapFreeSequence locks one row per (kind, scope, year) for the rest of the transaction.
-- The two tables it replaces are copied over and dropped.
CREATE TABLE gap_free_sequence (
  kind       VARCHAR(20) NOT NULL,
  scope_code VARCHAR(15) NOT NULL,
  year       INT         NOT NULL,
  next_value BIGINT      NOT NULL,
  CONSTRAINT pk_gap_free_sequence PRIMARY KEY (kind, scope_code, year),
  CONSTRAINT ck_gap_free_sequence_next CHECK (next_value >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO gap_free_sequence (kind, scope_code, year, next_value)
  SELECT 'NOTICE', issuer_region_code, year, next_value FROM notice_sequence;
INSERT INTO gap_free_sequence (kind, scope_code, year, next_value)
  SELECT 'PROJECT', county_code, year, next_value FROM project_sequence;
DROP TABLE notice_sequence;
DROP TABLE project_sequence;

GRANT UPDATE ON gap_free_sequence TO '${runtime_user}'@'%';
GRANT UPDATE ON gap_free_sequence TO '${runtime_user}'@'localhost';
