-- The scanned fund document (资金下达文件扫描件, issue 10 item 1): a PDF or JPEG of at most 10 MB, attached on
-- registering or later by whoever may record documents. Never public: no portal view reads this table and the
-- portal user has no grant on it. Each upload is a new row and the newest is the document's scan, so a replaced
-- scan is still there for the auditor; the runtime user gets no UPDATE or DELETE (V13: insert-only unless granted)
-- and the triggers refuse a change by anyone.
CREATE TABLE fund_document_scan (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  fund_document_id BIGINT       NOT NULL,
  content          MEDIUMBLOB   NOT NULL,
  media_type       VARCHAR(20)  NOT NULL,
  file_name        VARCHAR(200) NOT NULL,
  byte_size        INT          NOT NULL,
  sha256           CHAR(64)     NOT NULL,
  attached_by      VARCHAR(64)  NOT NULL,
  attached_at      DATETIME(3)  NOT NULL,
  CONSTRAINT pk_fund_document_scan PRIMARY KEY (id),
  CONSTRAINT fk_fund_document_scan_document FOREIGN KEY (fund_document_id) REFERENCES fund_document (id),
  CONSTRAINT ck_fund_document_scan_type CHECK (media_type IN ('application/pdf', 'image/jpeg')),
  CONSTRAINT ck_fund_document_scan_size CHECK (byte_size = LENGTH(content) AND byte_size BETWEEN 1 AND 10485760),
  CONSTRAINT ck_fund_document_scan_name CHECK (CHAR_LENGTH(TRIM(file_name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the document's current scan is its newest row
CREATE INDEX ix_fund_document_scan_document ON fund_document_scan (fund_document_id, id);

CREATE TRIGGER fund_document_scan_no_update BEFORE UPDATE ON fund_document_scan FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a stored scan is immutable (attach a new one)';
CREATE TRIGGER fund_document_scan_no_delete BEFORE DELETE ON fund_document_scan FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a stored scan is immutable (attach a new one)';
