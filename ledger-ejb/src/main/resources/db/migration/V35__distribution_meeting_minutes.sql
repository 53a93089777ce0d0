-- The minutes of a distribution plan's 四议两公开 meetings as scanned files (issue 12 item 5: each meeting "with date,
-- attendance and votes (and an attachment)"): a PDF, JPEG or PNG of at most 10 MB, the type read from the bytes by the
-- ledger, attached to a meeting already recorded on the plan (the composite key makes it one of this plan's meetings).
-- A meeting may receive more than one file: a file is never replaced or removed, so a wrong scan is followed by the
-- right one. Insert-only like the asset attachments (V29): the triggers refuse a change by anyone and the runtime user
-- has no UPDATE or DELETE (V13: insert-only unless granted). Never public: the minutes name villagers and carry their
-- signatures, so no portal view reads this table and the portal user has no grant on it.
CREATE TABLE distribution_meeting_minutes (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  plan_id          BIGINT       NOT NULL,
  kind             VARCHAR(30)  NOT NULL,
  file_name        VARCHAR(200) NOT NULL,
  media_type       VARCHAR(20)  NOT NULL,
  byte_size        INT          NOT NULL,
  sha256           CHAR(64)     NOT NULL,
  content          MEDIUMBLOB   NOT NULL,
  uploaded_by      VARCHAR(64)  NOT NULL,
  uploaded_by_name VARCHAR(100) NOT NULL,
  uploaded_by_role VARCHAR(30)  NOT NULL,
  uploaded_at      DATETIME(3)  NOT NULL,
  CONSTRAINT pk_distribution_meeting_minutes PRIMARY KEY (id),
  CONSTRAINT fk_distribution_meeting_minutes_meeting FOREIGN KEY (plan_id, kind)
    REFERENCES distribution_meeting (plan_id, kind),
  CONSTRAINT ck_distribution_meeting_minutes_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  CONSTRAINT ck_distribution_meeting_minutes_size CHECK (byte_size = LENGTH(content)
                                                          AND byte_size BETWEEN 1 AND 10485760),
  CONSTRAINT ck_distribution_meeting_minutes_sha256 CHECK (sha256 = SHA2(content, 256)),
  CONSTRAINT ck_distribution_meeting_minutes_name CHECK (CHAR_LENGTH(TRIM(file_name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the plan page lists a plan's files by meeting in the order they came
CREATE INDEX ix_distribution_meeting_minutes_plan ON distribution_meeting_minutes (plan_id, id);

CREATE TRIGGER distribution_meeting_minutes_no_update BEFORE UPDATE ON distribution_meeting_minutes FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'stored minutes are immutable (attach a new file)';
CREATE TRIGGER distribution_meeting_minutes_no_delete BEFORE DELETE ON distribution_meeting_minutes FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'stored minutes are immutable (attach a new file)';
