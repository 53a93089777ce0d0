-- Project library (项目库, domain.md §3): the project record, where it lies, its planned investment by fund
-- source, its performance targets, and every step of its approval chain. Money is DECIMAL(18,2).

-- The configurable two-level category table (产业发展 and its six subcategories, then the other top levels).
CREATE TABLE project_category (
  code        VARCHAR(20)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  parent_code VARCHAR(20)  NULL,
  sort_order  INT          NOT NULL,
  CONSTRAINT pk_project_category PRIMARY KEY (code),
  CONSTRAINT fk_project_category_parent FOREIGN KEY (parent_code) REFERENCES project_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO project_category (code, name, parent_code, sort_order) VALUES
  ('CY', '产业发展', NULL, 10),
  ('JY', '就业项目', NULL, 20),
  ('XC', '乡村建设行动', NULL, 30),
  ('BQ', '易地搬迁后扶', NULL, 40),
  ('SB', '巩固三保障成果', NULL, 50),
  ('ZL', '乡村治理和精神文明建设', NULL, 60),
  ('GL', '项目管理费', NULL, 70),
  ('QT', '其他', NULL, 80),
  ('CY-SC', '生产', 'CY', 11),
  ('CY-JG', '加工流通', 'CY', 12),
  ('CY-PT', '配套设施', 'CY', 13),
  ('CY-FW', '产业服务支撑', 'CY', 14),
  ('CY-JR', '金融保险配套', 'CY', 15),
  ('CY-JJ', '新型农村集体经济', 'CY', 16);

CREATE TABLE project (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  code                   VARCHAR(20)   NOT NULL,
  year                   INT           NOT NULL,
  name                   VARCHAR(200)  NOT NULL,
  category_code          VARCHAR(20)   NOT NULL,
  nature                 VARCHAR(20)   NOT NULL,
  village_code           VARCHAR(15)   NOT NULL,
  township_code          VARCHAR(15)   NOT NULL,
  county_code            VARCHAR(15)   NOT NULL,
  content                TEXT          NOT NULL,
  scale_quantity         DECIMAL(18,2) NULL,
  scale_unit             VARCHAR(20)   NULL,
  start_month            CHAR(7)       NOT NULL,
  end_month              CHAR(7)       NOT NULL,
  implementing_unit      VARCHAR(200)  NOT NULL,
  responsible_person     VARCHAR(100)  NOT NULL,
  households             INT           NOT NULL DEFAULT 0,
  people                 INT           NOT NULL DEFAULT 0,
  alleviated_households  INT           NOT NULL DEFAULT 0,
  alleviated_people      INT           NOT NULL DEFAULT 0,
  monitored_households   INT           NOT NULL DEFAULT 0,
  monitored_people       INT           NOT NULL DEFAULT 0,
  linkage_type           VARCHAR(30)   NULL,
  linkage_description    VARCHAR(1000) NULL,
  supervising_unit       VARCHAR(200)  NULL,
  emergency              BOOLEAN       NOT NULL DEFAULT FALSE,
  late_notice_required   BOOLEAN       NOT NULL DEFAULT FALSE,
  status                 VARCHAR(30)   NOT NULL,
  created_by             VARCHAR(64)   NOT NULL,
  created_at             DATETIME(3)   NOT NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_project PRIMARY KEY (id),
  CONSTRAINT uq_project_code UNIQUE (code),
  CONSTRAINT fk_project_category FOREIGN KEY (category_code) REFERENCES project_category (code),
  CONSTRAINT fk_project_village FOREIGN KEY (village_code) REFERENCES region (code),
  CONSTRAINT ck_project_nature CHECK (nature IN ('NEW','RENOVATE','EXPAND','CONTINUE')),
  CONSTRAINT ck_project_status CHECK (status IN ('DRAFT','VILLAGE_NOTICE','DECLARED','TOWNSHIP_APPROVED',
    'DEPARTMENT_APPROVED','COUNTY_APPROVED','IN_LIBRARY','PLANNED','IN_PROGRESS','COMPLETED','ACCEPTED','REMOVED')),
  CONSTRAINT ck_project_months CHECK (start_month <= end_month),
  INDEX ix_project_county_year (county_code, year, status),
  INDEX ix_project_village (village_code),
  INDEX ix_project_status (status),
  INDEX ix_project_category (category_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_natural_village (
  project_id           BIGINT      NOT NULL,
  natural_village_code VARCHAR(15) NOT NULL,
  CONSTRAINT pk_project_natural_village PRIMARY KEY (project_id, natural_village_code),
  CONSTRAINT fk_project_nv_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_project_nv_region FOREIGN KEY (natural_village_code) REFERENCES region (code),
  INDEX ix_project_nv_code (natural_village_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Planned investment by fund source (api.md source codes).
CREATE TABLE project_fund_share (
  project_id BIGINT        NOT NULL,
  seq        INT           NOT NULL,
  source     VARCHAR(30)   NOT NULL,
  amount     DECIMAL(18,2) NOT NULL,
  CONSTRAINT pk_project_fund_share PRIMARY KEY (project_id, seq),
  CONSTRAINT fk_project_fund_share_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_fund_share_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 绩效目标: output, benefit and satisfaction indicators with their target values.
CREATE TABLE project_indicator (
  project_id BIGINT       NOT NULL,
  seq        INT          NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  target     VARCHAR(100) NOT NULL,
  unit       VARCHAR(20)  NULL,
  CONSTRAINT pk_project_indicator PRIMARY KEY (project_id, seq),
  CONSTRAINT fk_project_indicator_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_indicator_kind CHECK (kind IN ('OUTPUT','BENEFIT','SATISFACTION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of the approval chain; insert-only.
CREATE TABLE project_transition (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  project_id   BIGINT        NOT NULL,
  action       VARCHAR(30)   NOT NULL,
  from_status  VARCHAR(30)   NULL,
  to_status    VARCHAR(30)   NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  role         VARCHAR(40)   NOT NULL,
  at           DATETIME(3)   NOT NULL,
  opinion      VARCHAR(2000) NULL,
  decision_ref VARCHAR(200)  NULL,
  decided_on   DATE          NULL,
  CONSTRAINT pk_project_transition PRIMARY KEY (id),
  CONSTRAINT fk_project_transition_project FOREIGN KEY (project_id) REFERENCES project (id),
  INDEX ix_project_transition_project (project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER project_transition_no_update BEFORE UPDATE ON project_transition FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'project transitions are immutable';
CREATE TRIGGER project_transition_no_delete BEFORE DELETE ON project_transition FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'project transitions are immutable';

-- Gap-free project numbers per county and year (a locked row in the creating transaction).
CREATE TABLE project_sequence (
  county_code VARCHAR(15) NOT NULL,
  year        INT         NOT NULL,
  next_value  INT         NOT NULL,
  CONSTRAINT pk_project_sequence PRIMARY KEY (county_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Envers audit tables: the project row and its collections after each change. Collection rows carry a
-- surrogate key because Envers writes a removal and an addition at the same position in one revision.
CREATE TABLE project_aud (
  id                     BIGINT        NOT NULL,
  rev                    BIGINT        NOT NULL,
  revtype                TINYINT       NULL,
  code                   VARCHAR(20)   NULL,
  year                   INT           NULL,
  name                   VARCHAR(200)  NULL,
  category_code          VARCHAR(20)   NULL,
  nature                 VARCHAR(20)   NULL,
  village_code           VARCHAR(15)   NULL,
  township_code          VARCHAR(15)   NULL,
  county_code            VARCHAR(15)   NULL,
  content                TEXT          NULL,
  scale_quantity         DECIMAL(18,2) NULL,
  scale_unit             VARCHAR(20)   NULL,
  start_month            CHAR(7)       NULL,
  end_month              CHAR(7)       NULL,
  implementing_unit      VARCHAR(200)  NULL,
  responsible_person     VARCHAR(100)  NULL,
  households             INT           NULL,
  people                 INT           NULL,
  alleviated_households  INT           NULL,
  alleviated_people      INT           NULL,
  monitored_households   INT           NULL,
  monitored_people       INT           NULL,
  linkage_type           VARCHAR(30)   NULL,
  linkage_description    VARCHAR(1000) NULL,
  supervising_unit       VARCHAR(200)  NULL,
  emergency              BOOLEAN       NULL,
  late_notice_required   BOOLEAN       NULL,
  status                 VARCHAR(30)   NULL,
  created_by             VARCHAR(64)   NULL,
  created_at             DATETIME(3)   NULL,
  CONSTRAINT pk_project_aud PRIMARY KEY (id, rev),
  CONSTRAINT fk_project_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_natural_village_aud (
  aud_id               BIGINT      NOT NULL AUTO_INCREMENT,
  rev                  BIGINT      NOT NULL,
  revtype              TINYINT     NULL,
  project_id           BIGINT      NOT NULL,
  natural_village_code VARCHAR(15) NULL,
  CONSTRAINT pk_project_natural_village_aud PRIMARY KEY (aud_id),
  CONSTRAINT fk_project_nv_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id),
  INDEX ix_project_nv_aud (project_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_fund_share_aud (
  aud_id     BIGINT        NOT NULL AUTO_INCREMENT,
  rev        BIGINT        NOT NULL,
  revtype    TINYINT       NULL,
  project_id BIGINT        NOT NULL,
  seq        INT           NULL,
  source     VARCHAR(30)   NULL,
  amount     DECIMAL(18,2) NULL,
  CONSTRAINT pk_project_fund_share_aud PRIMARY KEY (aud_id),
  CONSTRAINT fk_project_fund_share_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id),
  INDEX ix_project_fund_share_aud (project_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_indicator_aud (
  aud_id     BIGINT       NOT NULL AUTO_INCREMENT,
  rev        BIGINT       NOT NULL,
  revtype    TINYINT      NULL,
  project_id BIGINT       NOT NULL,
  seq        INT          NULL,
  kind       VARCHAR(20)  NULL,
  name       VARCHAR(200) NULL,
  target     VARCHAR(100) NULL,
  unit       VARCHAR(20)  NULL,
  CONSTRAINT pk_project_indicator_aud PRIMARY KEY (aud_id),
  CONSTRAINT fk_project_indicator_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id),
  INDEX ix_project_indicator_aud (project_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The portal will list the projects located in a natural village on its page.
GRANT SELECT ON project TO '${portal_user}'@'%';
GRANT SELECT ON project TO '${portal_user}'@'localhost';
GRANT SELECT ON project_natural_village TO '${portal_user}'@'%';
GRANT SELECT ON project_natural_village TO '${portal_user}'@'localhost';
