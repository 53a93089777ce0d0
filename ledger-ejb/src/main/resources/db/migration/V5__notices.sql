-- Notices (公告公示). A notice is drafted from ledger data, then published once: publishing writes the
-- frozen renditions (HTML, PDF, JSON with their SHA-256) and a leaf in the issuing county's transparency
-- log into insert-only tables that the public portal reads. A correction is a new notice that supersedes
-- the old one; both stay public.

-- Ledger data behind the 政策文件/通知公告 type.
CREATE TABLE policy_document (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  region_code    VARCHAR(15)  NOT NULL,
  title          VARCHAR(300) NOT NULL,
  issuer         VARCHAR(200) NOT NULL,
  doc_number     VARCHAR(100) NULL,
  issued_on      DATE         NULL,
  body           MEDIUMTEXT   NOT NULL,
  reference_only BOOLEAN      NOT NULL DEFAULT FALSE,
  source_name    VARCHAR(200) NULL,
  created_by     VARCHAR(64)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_policy_document PRIMARY KEY (id),
  CONSTRAINT fk_policy_document_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The working record of a notice, from draft to published to superseded.
CREATE TABLE notice (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  type               VARCHAR(40)  NOT NULL,
  subject_id         VARCHAR(64)  NOT NULL,
  issuer_region_code VARCHAR(15)  NOT NULL,
  title              VARCHAR(300) NOT NULL,
  period_start       DATE         NULL,
  period_end         DATE         NULL,
  status             VARCHAR(20)  NOT NULL,
  notice_no          VARCHAR(40)  NULL,
  supersedes_id      BIGINT       NULL,
  superseded_by_id   BIGINT       NULL,
  supersede_reason   VARCHAR(500) NULL,
  late               BOOLEAN      NOT NULL DEFAULT FALSE,
  created_by         VARCHAR(64)  NOT NULL,
  created_at         DATETIME(3)  NOT NULL,
  published_by       VARCHAR(64)  NULL,
  published_at       DATETIME(3)  NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_notice PRIMARY KEY (id),
  CONSTRAINT uq_notice_no UNIQUE (notice_no),
  CONSTRAINT fk_notice_issuer FOREIGN KEY (issuer_region_code) REFERENCES region (code),
  CONSTRAINT fk_notice_supersedes FOREIGN KEY (supersedes_id) REFERENCES notice (id),
  CONSTRAINT ck_notice_status CHECK (status IN ('DRAFT','PUBLISHED','SUPERSEDED')),
  INDEX ix_notice_subject (type, subject_id),
  INDEX ix_notice_issuer (issuer_region_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notice_region (
  notice_id   BIGINT      NOT NULL,
  region_code VARCHAR(15) NOT NULL,
  CONSTRAINT pk_notice_region PRIMARY KEY (notice_id, region_code),
  CONSTRAINT fk_notice_region_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Objections received during the notice period and how each was resolved (not public: they name people).
CREATE TABLE notice_objection (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  notice_id   BIGINT       NOT NULL,
  received_on DATE         NOT NULL,
  raised_by   VARCHAR(100) NOT NULL,
  contact     VARCHAR(30)  NULL,
  content     TEXT         NOT NULL,
  status      VARCHAR(20)  NOT NULL,
  resolution  TEXT         NULL,
  resolved_on DATE         NULL,
  resolved_by VARCHAR(64)  NULL,
  recorded_by VARCHAR(64)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_notice_objection PRIMARY KEY (id),
  CONSTRAINT fk_notice_objection_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT ck_notice_objection_status CHECK (status IN ('OPEN','RESOLVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Proof that a board carried the notice: where, when, and a photo (not public).
CREATE TABLE notice_posting (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  notice_id   BIGINT       NOT NULL,
  region_code VARCHAR(15)  NOT NULL,
  posted_on   DATE         NOT NULL,
  photo       MEDIUMBLOB   NULL,
  photo_type  VARCHAR(60)  NULL,
  photo_name  VARCHAR(200) NULL,
  recorded_by VARCHAR(64)  NOT NULL,
  recorded_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_notice_posting PRIMARY KEY (id),
  CONSTRAINT fk_notice_posting_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
  CONSTRAINT fk_notice_posting_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Gap-free notice numbers per issuing region and year.
CREATE TABLE notice_sequence (
  issuer_region_code VARCHAR(15) NOT NULL,
  year               INT         NOT NULL,
  next_value         INT         NOT NULL,
  CONSTRAINT pk_notice_sequence PRIMARY KEY (issuer_region_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- Published, frozen: insert-only (triggers below), readable by the portal ----
CREATE TABLE publication (
  notice_no          VARCHAR(40)  NOT NULL,
  notice_id          BIGINT       NOT NULL,
  type               VARCHAR(40)  NOT NULL,
  title              VARCHAR(300) NOT NULL,
  issuer             VARCHAR(200) NOT NULL,
  issuer_region_code VARCHAR(15)  NOT NULL,
  doc_number         VARCHAR(100) NULL,
  published_at       DATETIME(3)  NOT NULL,
  period_start       DATE         NULL,
  period_end         DATE         NULL,
  supersedes         VARCHAR(40)  NULL,
  late               BOOLEAN      NOT NULL DEFAULT FALSE,
  sha256_html        CHAR(64)     NOT NULL,
  sha256_pdf         CHAR(64)     NOT NULL,
  sha256_json        CHAR(64)     NOT NULL,
  log_region         VARCHAR(12)  NOT NULL,
  log_index          BIGINT       NOT NULL,
  search_text        MEDIUMTEXT   NOT NULL,
  CONSTRAINT pk_publication PRIMARY KEY (notice_no),
  CONSTRAINT uq_publication_notice UNIQUE (notice_id),
  CONSTRAINT uq_publication_log UNIQUE (log_region, log_index),
  INDEX ix_publication_published (published_at),
  INDEX ix_publication_issuer (issuer_region_code, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publication_region (
  notice_no   VARCHAR(40) NOT NULL,
  region_code VARCHAR(15) NOT NULL,
  CONSTRAINT pk_publication_region PRIMARY KEY (notice_no, region_code),
  CONSTRAINT fk_publication_region_notice FOREIGN KEY (notice_no) REFERENCES publication (notice_no),
  INDEX ix_publication_region_code (region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publication_rendition (
  notice_no  VARCHAR(40)  NOT NULL,
  format     VARCHAR(4)   NOT NULL,
  media_type VARCHAR(60)  NOT NULL,
  sha256     CHAR(64)     NOT NULL,
  byte_size  INT          NOT NULL,
  content    LONGBLOB     NOT NULL,
  CONSTRAINT pk_publication_rendition PRIMARY KEY (notice_no, format),
  CONSTRAINT fk_publication_rendition_notice FOREIGN KEY (notice_no) REFERENCES publication (notice_no),
  CONSTRAINT ck_publication_rendition_format CHECK (format IN ('html','pdf','json')),
  INDEX ix_publication_rendition_sha (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supersession (
  old_notice_no VARCHAR(40)  NOT NULL,
  new_notice_no VARCHAR(40)  NOT NULL,
  reason        VARCHAR(500) NOT NULL,
  superseded_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_supersession PRIMARY KEY (old_notice_no),
  CONSTRAINT uq_supersession_new UNIQUE (new_notice_no),
  CONSTRAINT fk_supersession_old FOREIGN KEY (old_notice_no) REFERENCES publication (notice_no),
  CONSTRAINT fk_supersession_new FOREIGN KEY (new_notice_no) REFERENCES publication (notice_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transparency logs: one per county (and the prefecture), keyed by its 12-digit code.
CREATE TABLE log_key (
  log_region VARCHAR(12)  NOT NULL,
  key_name   VARCHAR(100) NOT NULL,
  vkey       VARCHAR(300) NOT NULL,
  created_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_log_key PRIMARY KEY (log_region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE log_entry (
  log_region VARCHAR(12)  NOT NULL,
  idx        BIGINT       NOT NULL,
  notice_no  VARCHAR(40)  NOT NULL,
  leaf       BLOB         NOT NULL,
  leaf_hash  BINARY(32)   NOT NULL,
  CONSTRAINT pk_log_entry PRIMARY KEY (log_region, idx),
  CONSTRAINT uq_log_entry_notice UNIQUE (notice_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE log_checkpoint (
  log_region  VARCHAR(12) NOT NULL,
  tree_size   BIGINT      NOT NULL,
  root_hash   BINARY(32)  NOT NULL,
  signed_note TEXT        NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  CONSTRAINT pk_log_checkpoint PRIMARY KEY (log_region, tree_size)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The log's mutable head (serialises appends) and its signing key: ledger only, never the portal.
CREATE TABLE log_head (
  log_region VARCHAR(12) NOT NULL,
  tree_size  BIGINT      NOT NULL,
  CONSTRAINT pk_log_head PRIMARY KEY (log_region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE log_signing_key (
  log_region  VARCHAR(12)   NOT NULL,
  private_key VARBINARY(200) NOT NULL,
  CONSTRAINT pk_log_signing_key PRIMARY KEY (log_region)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Published rows never change: the database itself refuses, whoever connects.
CREATE TRIGGER publication_no_update BEFORE UPDATE ON publication FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published notices are immutable (publication)';
CREATE TRIGGER publication_no_delete BEFORE DELETE ON publication FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published notices are immutable (publication)';
CREATE TRIGGER publication_region_no_update BEFORE UPDATE ON publication_region FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published notices are immutable (publication_region)';
CREATE TRIGGER publication_region_no_delete BEFORE DELETE ON publication_region FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published notices are immutable (publication_region)';
CREATE TRIGGER publication_rendition_no_update BEFORE UPDATE ON publication_rendition FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published notices are immutable (publication_rendition)';
CREATE TRIGGER publication_rendition_no_delete BEFORE DELETE ON publication_rendition FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'published notices are immutable (publication_rendition)';
CREATE TRIGGER supersession_no_update BEFORE UPDATE ON supersession FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'supersessions are immutable';
CREATE TRIGGER supersession_no_delete BEFORE DELETE ON supersession FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'supersessions are immutable';
CREATE TRIGGER log_entry_no_update BEFORE UPDATE ON log_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the transparency log is append-only';
CREATE TRIGGER log_entry_no_delete BEFORE DELETE ON log_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the transparency log is append-only';
CREATE TRIGGER log_checkpoint_no_update BEFORE UPDATE ON log_checkpoint FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'checkpoints are immutable';
CREATE TRIGGER log_checkpoint_no_delete BEFORE DELETE ON log_checkpoint FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'checkpoints are immutable';
CREATE TRIGGER log_key_no_update BEFORE UPDATE ON log_key FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log keys are immutable';
CREATE TRIGGER log_key_no_delete BEFORE DELETE ON log_key FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log keys are immutable';
