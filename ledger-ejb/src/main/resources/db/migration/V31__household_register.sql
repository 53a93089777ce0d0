-- The protected household register (农户, issue 12 item 1; domain.md §6): households with their head, ID number,
-- phone, natural village, members and category, the insert-only history of their category, the insert-only record
-- of every reveal of a whole ID number, and each county's monitoring line (防止返贫监测标准) per year.
--
-- No ID number or phone is stored in plain text. Each is sealed with AES-256-GCM by the application (a random
-- 96-bit nonce per value; stored as nonce ‖ ciphertext ‖ tag, with the id of the key that sealed it) under a key
-- that lives in a key file outside the repository and outside the database (decisions.md); a copy of the database
-- alone therefore reads no ID number. The masked forms (5329**********1238, 138****5678) are kept beside them for
-- lists and exports, and an HMAC-SHA256 of the normalised ID number under a second key finds a person without
-- decrypting anything and keeps a person in one household of a county at most (uq_household_person).
CREATE TABLE household (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  household_no         VARCHAR(20)   NOT NULL,
  natural_village_code VARCHAR(15)   NOT NULL,
  village_code         VARCHAR(15)   NOT NULL,
  county_code          VARCHAR(15)   NOT NULL,
  head_name            VARCHAR(50)   NOT NULL,
  id_number_key        VARCHAR(32)   NOT NULL,
  id_number_sealed     VARBINARY(96) NOT NULL,
  id_number_masked     CHAR(18)      NOT NULL,
  id_number_hmac       BINARY(32)    NOT NULL,
  phone_key            VARCHAR(32)   NULL,
  phone_sealed         VARBINARY(96) NULL,
  phone_masked         CHAR(11)      NULL,
  members              INT           NOT NULL,
  category             VARCHAR(20)   NOT NULL,
  category_since       DATE          NOT NULL,
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME(3)   NOT NULL,
  CONSTRAINT pk_household PRIMARY KEY (id),
  CONSTRAINT uq_household_no UNIQUE (household_no),
  CONSTRAINT uq_household_person UNIQUE (county_code, id_number_hmac),
  CONSTRAINT fk_household_natural_village FOREIGN KEY (natural_village_code) REFERENCES region (code),
  CONSTRAINT ck_household_members CHECK (members BETWEEN 1 AND 99),
  CONSTRAINT ck_household_category CHECK (category IN ('ALLEVIATED', 'MONITORED_UNSTABLE', 'MONITORED_MARGINAL',
                                                       'MONITORED_SUDDEN', 'ORDINARY')),
  -- what is stored masked is masked: 4 + 10 stars + 4, 3 + 4 stars + 4
  CONSTRAINT ck_household_id_masked CHECK (id_number_masked REGEXP '^[0-9]{4}[*]{10}[0-9]{3}[0-9X]$'),
  CONSTRAINT ck_household_phone CHECK ((phone_sealed IS NULL) = (phone_masked IS NULL)
                                       AND (phone_sealed IS NULL) = (phone_key IS NULL)
                                       AND (phone_masked IS NULL OR phone_masked REGEXP '^1[0-9]{2}[*]{4}[0-9]{4}$'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the list's filters: the region subtree (a LIKE on the natural village's code) and the category
CREATE INDEX ix_household_place ON household (natural_village_code, id);
CREATE INDEX ix_household_category ON household (category, natural_village_code);

-- 户类型 over the years: one row per change (the first is the registration), never edited or deleted
CREATE TABLE household_category (
  household_id BIGINT        NOT NULL,
  seq          INT           NOT NULL,
  year         INT           NOT NULL,
  category     VARCHAR(20)   NOT NULL,
  since        DATE          NOT NULL,
  reason       VARCHAR(1000) NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_household_category PRIMARY KEY (household_id, seq),
  CONSTRAINT fk_household_category_household FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT ck_household_category_code CHECK (category IN ('ALLEVIATED', 'MONITORED_UNSTABLE', 'MONITORED_MARGINAL',
                                                            'MONITORED_SUDDEN', 'ORDINARY')),
  CONSTRAINT ck_household_category_year CHECK (year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER household_category_no_update BEFORE UPDATE ON household_category FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a household category change is recorded by a new row, never edited';
CREATE TRIGGER household_category_no_delete BEFORE DELETE ON household_category FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a household category change is recorded by a new row, never edited';

-- every reveal of a whole ID number: who, in which role, when, which household and why
CREATE TABLE household_reveal (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  household_id BIGINT        NOT NULL,
  revealed_by  VARCHAR(64)   NOT NULL,
  actor_name   VARCHAR(100)  NOT NULL,
  actor_role   VARCHAR(30)   NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  revealed_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_household_reveal PRIMARY KEY (id),
  CONSTRAINT fk_household_reveal_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_household_reveal_household ON household_reveal (household_id, revealed_at);

CREATE TRIGGER household_reveal_no_update BEFORE UPDATE ON household_reveal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the record of ID number reveals is insert-only';
CREATE TRIGGER household_reveal_no_delete BEFORE DELETE ON household_reveal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the record of ID number reveals is insert-only';

-- 防止返贫监测标准: the county's 家庭年人均纯收入 line for a year; the county rural bureau or an administrator sets it
-- and may correct it (the row keeps who set it last)
CREATE TABLE monitoring_line (
  county_code VARCHAR(15)   NOT NULL,
  year        INT           NOT NULL,
  amount      DECIMAL(18,2) NOT NULL,
  set_by      VARCHAR(64)   NOT NULL,
  set_at      DATETIME(3)   NOT NULL,
  CONSTRAINT pk_monitoring_line PRIMARY KEY (county_code, year),
  CONSTRAINT fk_monitoring_line_county FOREIGN KEY (county_code) REFERENCES region (code),
  CONSTRAINT ck_monitoring_line_amount CHECK (amount > 0),
  CONSTRAINT ck_monitoring_line_year CHECK (year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The runtime user: the household's current category (its history is insert-only), a county's line (a working
-- record, set again by INSERT … ON DUPLICATE KEY UPDATE, which needs UPDATE on the table); nothing else changes. The portal user is granted nothing here: no household datum is public.
GRANT UPDATE (category, category_since) ON household TO '${runtime_user}'@'%';
GRANT UPDATE (category, category_since) ON household TO '${runtime_user}'@'localhost';
GRANT UPDATE ON monitoring_line TO '${runtime_user}'@'%';
GRANT UPDATE ON monitoring_line TO '${runtime_user}'@'localhost';
