-- An asset's photos and documents (issue 11: each step "with actor, date, document reference and attachments", and
-- the asset's page with "its history, photos and documents"). A file belongs to the asset and, optionally, to one
-- step of its history (the composite key makes that a step of this very asset). PDF, JPEG or PNG of at most 10 MB,
-- the type read from the bytes by the ledger; a photo is an image. Insert-only like the fund document scans (V26):
-- the triggers refuse a change by anyone and the runtime user has no UPDATE or DELETE (V13: insert-only unless
-- granted). Never public: a photo of a 大棚 may show people, so no portal view reads this table and the portal
-- user has no grant on it.
CREATE TABLE asset_attachment (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  asset_id         BIGINT       NOT NULL,
  event_seq        INT          NULL,
  kind             VARCHAR(10)  NOT NULL,
  file_name        VARCHAR(200) NOT NULL,
  media_type       VARCHAR(20)  NOT NULL,
  byte_size        INT          NOT NULL,
  sha256           CHAR(64)     NOT NULL,
  content          MEDIUMBLOB   NOT NULL,
  caption          VARCHAR(200) NULL,
  uploaded_by      VARCHAR(64)  NOT NULL,
  uploaded_by_name VARCHAR(100) NOT NULL,
  uploaded_by_role VARCHAR(30)  NOT NULL,
  uploaded_at      DATETIME(3)  NOT NULL,
  CONSTRAINT pk_asset_attachment PRIMARY KEY (id),
  CONSTRAINT fk_asset_attachment_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  CONSTRAINT fk_asset_attachment_event FOREIGN KEY (asset_id, event_seq) REFERENCES asset_event (asset_id, seq),
  CONSTRAINT ck_asset_attachment_kind CHECK (kind IN ('PHOTO', 'DOCUMENT')),
  CONSTRAINT ck_asset_attachment_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  CONSTRAINT ck_asset_attachment_photo CHECK (kind = 'DOCUMENT' OR media_type IN ('image/jpeg', 'image/png')),
  CONSTRAINT ck_asset_attachment_size CHECK (byte_size = LENGTH(content) AND byte_size BETWEEN 1 AND 10485760),
  CONSTRAINT ck_asset_attachment_sha256 CHECK (sha256 = SHA2(content, 256)),
  CONSTRAINT ck_asset_attachment_name CHECK (CHAR_LENGTH(TRIM(file_name)) > 0),
  CONSTRAINT ck_asset_attachment_caption CHECK (caption IS NULL OR CHAR_LENGTH(TRIM(caption)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the asset page lists an asset's files in the order they came
CREATE INDEX ix_asset_attachment_asset ON asset_attachment (asset_id, id);

CREATE TRIGGER asset_attachment_no_update BEFORE UPDATE ON asset_attachment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a stored attachment is immutable (attach a new one)';
CREATE TRIGGER asset_attachment_no_delete BEFORE DELETE ON asset_attachment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a stored attachment is immutable (attach a new one)';
